// Terms a document defines for itself: "lead safeguarding partners (LSPs)" makes
// "LSPs" name the lead safeguarding partners for the rest of the document, and
// "the local authority designated officer (LADO)" the LADO. Only a role the lexicon
// already knows can be given a short name, so a defined acronym never invents a role.
import { tokenize } from './tokens.js';
import { buildLexicon, type RoleLexicon } from './lexicon.js';

const ACRONYM = /^[A-Z][A-Za-z]{1,7}$/;
const MAX_TEXT = 2_000_000;

/** Acronyms defined right after a role's name, as [acronym, role id]. */
export function definedAcronyms(text: string, lexicon: RoleLexicon): [string, string][] {
  const out = new Map<string, string>();
  const source = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const tokens = tokenize(source);
  const roles = lexicon.matcher.findAll(tokens);
  const endingAt = new Map(roles.map((r) => [r.to, r.value]));
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.w !== '(' || tokens[i + 2]!.w !== ')') continue;
    const written = source.slice(tokens[i + 1]!.start, tokens[i + 1]!.end);
    const role = endingAt.get(i);
    // An acronym is mostly capitals: "LSPs", "ICB", not "(the police)".
    if (!role || !ACRONYM.test(written) || written.replace(/[^A-Z]/g, '').length < 2) continue;
    if (lexicon.matcher.matchAt(tokenize(written), 0)) continue;
    out.set(written.replace(/s$/, ''), role);
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
