// Strength of a duty: must (3) → should (2) → may (1), prohibitions negative.
// The pair's modals are compared in order; the first difference decides.
import type { DutyChange } from '../types.js';
import type { Modal } from './frames.js';

export function compareDuty(oldModals: Modal[], newModals: Modal[]): DutyChange | undefined {
  const n = Math.min(oldModals.length, newModals.length);
  for (let i = 0; i < n; i++) {
    const a = oldModals[i]!;
    const b = newModals[i]!;
    if (a.strength === b.strength) continue;
    return { from: a.phrase, to: b.phrase, direction: direction(a.strength, b.strength) };
  }
  return undefined;
}

function direction(a: number, b: number): DutyChange['direction'] {
  const flipped = Math.sign(a) !== Math.sign(b);
  if (flipped && Math.abs(a) >= 2 && Math.abs(b) >= 2) return 'reversed';
  return Math.abs(b) < Math.abs(a) ? 'weakened' : 'strengthened';
}
