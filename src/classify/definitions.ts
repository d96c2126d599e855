// Terms a document defines for itself: "lead safeguarding partners (LSPs)" makes
// "LSPs" name the lead safeguarding partners for the rest of the document, and
// "the local authority designated officer (LADO)" the LADO. Only a role the lexicon
// already knows can be given a short name ("the Child Safeguarding Practice Review
// Panel (the Panel)"), so a defined acronym never invents a role.
import { tokenize } from './tokens.js';
import { buildLexicon, type RoleLexicon } from './lexicon.js';

// "(LSPs)", and a short name given with "the": "(the Panel)", "(‘the Panel’)".
const ACRONYM = /\((the |['‘]the )?([A-Z][A-Za-z]{1,11})['’]?\)/g;
/** How far before a bracket a role's name may start. */
const NAME_CHARS = 120;

/** Acronyms defined right after a role's name, as [acronym, role id]. */
export function definedAcronyms(text: string, lexicon: RoleLexicon): [string, string][] {
  const out = new Map<string, string>();
  // Only the few words before each bracketed acronym are read, not the whole document.
  for (const m of text.matchAll(ACRONYM)) {
    const written = m[2]!;
    // An acronym is mostly capitals: "LSPs", "ICB", not "(Tom)"; a short name comes with "the".
    if ((!m[1] && written.replace(/[^A-Z]/g, '').length < 2) || lexicon.matcher.matchAt(tokenize(written), 0)) continue;
    const before = text.slice(Math.max(0, m.index - NAME_CHARS), m.index);
    const cut = m.index > NAME_CHARS ? before.search(/\s/) + 1 : 0;
    const tokens = tokenize(before.slice(cut));
    let role: string | undefined;
    for (let k = 0; k < tokens.length && !role; k++) {
      const r = lexicon.matcher.matchAt(tokens, k);
      if (r && r.to === tokens.length) role = r.value;
    }
    if (role) out.set(written.replace(/s$/, ''), role);
  }
  return [...out];
}

/** The lexicon with the document's own acronyms added (singular and plural). */
export function withDefinitions(lexicon: RoleLexicon, acronyms: [string, string][]): RoleLexicon {
  if (!acronyms.length) return lexicon;
  const roles = lexicon.roles.map((r) => {
    const extra = acronyms.filter(([, id]) => id === r.id).flatMap(([a]) => [a, `${a}s`, `${a}'s`, `${a}s'`]);
    return extra.length ? { ...r, terms: [...r.terms, ...extra] } : r;
  });
  return buildLexicon({ roles, extend: false });
}
