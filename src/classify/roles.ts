// Who lost or gained a say: compare the roles in decision slots of an aligned pair.
// A role counts as removed when it fills a slot in the old sentence and none in the
// new one (after applying document-wide terminology renames to the old side), and
// substituted when a removed and an added role filled the same kind of slot.
import type { RoleEvent } from '../types.js';
import { eventSlot, participates, type Frame, type RoleMention } from './frames.js';
import { similarDecisions } from './decision-match.js';

export interface RoleDelta {
  removed: string[];
  added: string[];
  substituted: boolean;
  events: RoleEvent[];
}

export function compareRoles(oldFrame: Frame | null, newFrame: Frame | null, renames: ReadonlyMap<string, string>): RoleDelta {
  const oldSlots = slotted(oldFrame, renames);
  const newSlots = slotted(newFrame, new Map());
  // A rename applies to words that changed: a role still named as before on the new side
  // ("professional" kept while "professionals" became "practitioners" elsewhere) stays.
  const oldAsWritten = slotted(oldFrame, new Map());
  const renamedBack = new Map([...renames].map(([a, b]) => [b, a]));
  const removed = [...oldSlots.keys()].filter((r) => !newSlots.has(r) && !newSlots.has(renamedBack.get(r) ?? r));
  const added = [...newSlots.keys()].filter((r) => !oldSlots.has(r) && !oldAsWritten.has(r));
  const events: RoleEvent[] = [];
  for (const r of removed) {
    const m = oldSlots.get(r)!;
    events.push({ role: r, change: 'removed', slot: eventSlot(m.slot), decision: m.decision, trigger: m.text });
  }
  for (const r of added) {
    const m = newSlots.get(r)!;
    events.push({ role: r, change: 'added', slot: eventSlot(m.slot), decision: m.decision, trigger: m.text });
  }
  // A takeover: a role added to a decision that a role still named on both sides held
  // before, and holds no longer ("X is responsible for ensuring A and referring B" →
  // "it is for Y to ensure A, and X should refer B"). X lost its say in A.
  const decides = (slot?: string) => slot === 'bearer' || slot === 'agent';
  const oldParts = allParts(oldFrame, renames);
  const newParts = allParts(newFrame, new Map());
  for (const y of events.filter((e) => e.change === 'added' && e.decision && decides(e.slot))) {
    for (const [x, olds] of oldParts) {
      if (x === y.role || removed.includes(x) || !newSlots.has(x)) continue;
      const similar = (m: RoleMention) => (m.decisions ?? [m.decision]).find((d) => d && similarDecisions(d, y.decision!));
      const held = olds.find((m) => decides(m.slot) && similar(m));
      const still = (newParts.get(x) ?? []).some((m) => similar(m));
      if (held && !still) {
        removed.push(x);
        events.push({ role: x, change: 'removed', slot: eventSlot(held.slot), decision: similar(held)!, trigger: held.text });
      }
    }
  }
  const substituted = removed.some((r) => added.some((a) => newSlots.get(a)!.slot === (oldSlots.get(r) ?? oldParts.get(r)![0]!).slot));
  return { removed, added, substituted, events };
}

/** Every mention of each role that fills a decision slot. */
function allParts(frame: Frame | null, renames: ReadonlyMap<string, string>): Map<string, RoleMention[]> {
  const out = new Map<string, RoleMention[]>();
  if (!frame?.isDecision) return out;
  for (const m of frame.mentions) {
    if (!participates(m.slot)) continue;
    const role = renames.get(m.role) ?? m.role;
    out.set(role, [...(out.get(role) ?? []), { ...m, role }]);
  }
  return out;
}

/** First mention of each role that fills a decision slot. */
function slotted(frame: Frame | null, renames: ReadonlyMap<string, string>): Map<string, RoleMention> {
  const out = new Map<string, RoleMention>();
  if (!frame?.isDecision) return out;
  for (const m of frame.mentions) {
    if (!participates(m.slot)) continue;
    const role = renames.get(m.role) ?? m.role;
    if (!out.has(role)) out.set(role, { ...m, role });
  }
  return out;
}
