#!/usr/bin/env node
// Deterministic generator of synthetic edition pairs for the wtdiff benchmark.
//
// The text is obviously synthetic procedure-style prose built from a small vocabulary of
// safeguarding roles, modals, decision predicates and timescales. It is NOT guidance.
//
//   node bench/generate.mjs --out bench/data              # all cases: 1x, 4x, 16x, adversarial
//   node bench/generate.mjs --out bench/data --cases 1x   # only some cases
//   node bench/generate.mjs --words 60000 --seed 7 --old a.md --new b.md [--adversarial]
//
// Version B is derived from version A by: reflowing some paragraphs (different wrap width),
// renumbering (numbers follow position), moving ~3% of paragraphs to other sections, renaming
// ~5% of section headings, removing "and their manager" / "with their manager" from some
// sentences, must -> should in some, changing some timescales, inserting and deleting ~2% of
// sentences, and professional -> practitioner throughout. The adversarial pair additionally
// reorders every section and moves 30% of paragraphs to other sections.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const BASE_WORDS = 60000;
export const CASES = {
  '1x': { words: BASE_WORDS, seed: 1, adversarial: false },
  '4x': { words: BASE_WORDS * 4, seed: 4, adversarial: false },
  '16x': { words: BASE_WORDS * 16, seed: 16, adversarial: false },
  adversarial: { words: BASE_WORDS, seed: 99, adversarial: true },
  // A factual update: 1% of paragraphs reworded in place, nothing else touched.
  'near-identical': { words: BASE_WORDS, seed: 1, nearIdentical: true },
  // A local procedure's page, as a pre-commit hook compares it: start-up is most of the time.
  tiny: { words: 300, seed: 3, adversarial: false },
};
const HEADER = '<!-- wtdiff bench fixture: synthetic text, not guidance -->';

// ---------------------------------------------------------------------------------------------
// PRNG
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(seed) { this.next = mulberry32(seed); }
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); } // inclusive
  pick(arr) { return arr[Math.floor(this.next() * arr.length)]; }
  pickOther(arr, ...not) { // a pick different from each of `not` (case-insensitive)
    const avoid = not.map((x) => x.toLowerCase());
    for (let i = 0; i < 8; i++) { const x = this.pick(arr); if (!avoid.includes(x.toLowerCase())) return x; }
    return this.pick(arr);
  }
  chance(p) { return this.next() < p; }
  shuffle(arr) {
    for (let i = arr.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [arr[i], arr[j]] = [arr[j], arr[i]];
    }
    return arr;
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary
const ROLES = [
  'the social worker', 'the social worker and their manager', 'the team manager',
  'the police representative', 'health practitioners', 'the designated safeguarding lead',
  'the IRO', 'the lead professional', 'the local authority', 'safeguarding partners',
  'the chair of the conference', 'education professionals', 'the designated doctor',
  'the named nurse', 'the practice supervisor', 'relevant professionals',
];
const OBJECT_ROLES = [
  'the child', 'parents and carers', 'the child and their family', 'the police representative',
  'health practitioners', 'the designated safeguarding lead', 'the IRO', 'relevant professionals',
  'the team manager', 'the school', 'the GP', 'other professionals working with the family',
];
const MODALS = ['must', 'must', 'should', 'should', 'should', 'may', 'will'];
const PREDICATES = [
  'agree a plan', 'review the plan', 'decide whether further enquiries are needed',
  'authorise the decision', 'consider the need for further action',
  'be involved in the strategy discussion', 'record the reasons for the decision',
  'convene a strategy discussion', 'complete the assessment', 'visit the child at home',
  'seek the views of the child', 'agree the outcome of the enquiry', 'decide the next steps',
  'review progress against the plan', 'agree who will lead the assessment',
  'consider whether an initial child protection conference is required',
  'share relevant information', 'agree the contingency plan', 'authorise the closure of the case',
  'consider the need for an interpreter', 'decide whether to make a referral',
];
const TIMESCALES = [
  'within 10 working days', 'within 24 hours', 'within one working day',
  'within 15 working days of the strategy discussion',
  'within 45 working days from the point of referral', 'within three working days',
  'at least every six months', 'no later than three months after the initial conference',
  'within 20 working days', 'within five working days', 'without delay',
  'within 48 hours of the referral',
];
const CONDITIONS = [
  'Where there is reasonable cause to suspect that a child is suffering, or is likely to suffer, significant harm,',
  'Following the referral,', 'Where appropriate,', 'In all cases,',
  'If the child is looked after,', 'Before the initial child protection conference,',
  'When concerns are raised by a member of the public,', 'Where the child has a disability,',
  'Where there are concerns about the parents\' capacity to meet the child\'s needs,',
  'At the end of the assessment,', 'Where new information comes to light,',
  'If the family moves to another area,',
];
const TAILS = [
  'and record the decision on the child\'s case file',
  'taking into account the views of the child',
  'unless to do so would place the child at increased risk of harm',
  'in line with local protocols published by safeguarding partners',
  'so that the child is seen and spoken to alone where appropriate',
  'and inform parents and carers of the outcome',
  'having regard to the child\'s wishes and feelings',
  'in accordance with the local threshold document',
];
const NOUNS = [
  'assessment', 'strategy discussion', 'child protection plan', 'enquiry', 'referral',
  'core group', 'review conference', 'early help offer', 'family network meeting',
  'safety plan', 'case record', 'multi-agency meeting',
];
const ADJ = ['timely', 'proportionate', 'child-centred', 'evidence-informed', 'clear',
  'coordinated', 'consistent', 'well-recorded', 'focused', 'transparent'];

const TOPICS = [
  'Strategy discussions', 'Section 47 enquiries', 'Early help', 'Assessment of need',
  'Initial child protection conferences', 'Child protection plans', 'Core groups',
  'Review conferences', 'Information sharing', 'Escalation and resolution of disagreements',
  'Children in need', 'Looked after children', 'Disabled children', 'Young carers',
  'Private fostering', 'Children missing education', 'Exploitation outside the home',
  'Allegations against people who work with children', 'Child death reviews',
  'Local child safeguarding practice reviews', 'Serious incident notifications',
  'Multi-agency safeguarding arrangements', 'Independent scrutiny', 'Relevant agencies',
  'Supervision of practitioners', 'Record keeping', 'Contingency planning',
  'Working with parents and carers', 'Family networks', 'Transitions to adulthood',
];
const ASPECTS = [
  'roles and responsibilities', 'decision making', 'timescales', 'the role of the manager',
  'involving the child', 'involving parents and carers', 'what professionals should do',
  'recording', 'quality assurance', 'principles', 'process', 'purpose', 'expectations',
  'joint working', 'thresholds', 'the lead professional',
];
const CHAPTER_TITLES = [
  'A shared responsibility', 'Multi-agency expectations for all professionals',
  'Providing help, support and protection', 'Organisational responsibilities',
  'Learning from serious child safeguarding incidents', 'Child death reviews',
  'Decisions and accountability', 'Assessment and planning', 'Protecting children from harm',
  'Support for families', 'Leadership and scrutiny', 'Working across agencies',
];

const RENAMES = [
  (t) => t.replace(/: .*/, '') + ': ' + 'key decisions',
  (t) => t.replace('roles and responsibilities', 'who does what'),
  (t) => 'Arrangements for ' + t.charAt(0).toLowerCase() + t.slice(1),
  (t) => t.replace(/: /, ' — '),
  (t) => t + ' (revised)',
];

// ---------------------------------------------------------------------------------------------
// Sentences
function cap(s) { return s.charAt(0).toUpperCase() + s.slice(1); }

function sentence(r) {
  const kind = r.int(0, 9);
  const who = r.pick(ROLES);
  const modal = r.pick(MODALS);
  const pred = r.pick(PREDICATES);
  switch (kind) {
    case 0: case 1: case 2:
      return `${cap(who)} ${modal} ${pred} ${r.pick(TIMESCALES)}.`;
    case 3:
      return `${r.pick(CONDITIONS)} ${who} ${modal} ${pred} ${r.pick(TAILS)}.`;
    case 4:
      return `${cap(who)} ${modal} ${pred} with their manager ${r.pick(TIMESCALES)}.`;
    case 5:
    {
      const o1 = r.pickOther(OBJECT_ROLES, who);
      return `${cap(who)} ${modal} ${pred} with ${o1} and ${r.pickOther(OBJECT_ROLES, o1, who)}, ${r.pick(TAILS)}.`;
    }
    case 6:
    {
      const a1 = r.pick(ADJ);
      return `The ${r.pick(NOUNS)} ${modal} be ${a1} and ${r.pickOther(ADJ, a1)}, and ${who} ${modal} ${pred} ${r.pick(TIMESCALES)}.`;
    }
    case 7:
      return `${r.pick(CONDITIONS)} ${who} and ${r.pickOther(OBJECT_ROLES, who)} ${modal} ${pred}.`;
    case 8:
      return `The purpose of the ${r.pick(NOUNS)} is to enable ${who} to ${pred} ${r.pick(TAILS)}.`;
    default:
    {
      const o = r.pickOther(OBJECT_ROLES, who);
      const verb = /s$| and /.test(o) ? 'are' : 'is';
      return `${cap(who)} ${modal} ensure that ${o} ${verb} able to ${pred} ${r.pick(TIMESCALES)}.`;
    }
  }
}

function listItem(r) {
  const k = r.int(0, 3);
  if (k === 0) return `${r.pick(ROLES)} ${r.pick(MODALS)} ${r.pick(PREDICATES)}`;
  if (k === 1) return `${r.pick(PREDICATES)} ${r.pick(TIMESCALES)}`;
  if (k === 2) return `${r.pick(OBJECT_ROLES)}, where ${r.pick(ROLES)} ${r.pick(MODALS)} ${r.pick(PREDICATES)}`;
  const a1 = r.pick(ADJ);
  return `the ${r.pick(NOUNS)} is ${a1} and ${r.pickOther(ADJ, a1)}`;
}

function countWords(s) {
  let n = 0;
  for (const w of s.split(/\s+/)) if (w) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Model of an edition: chapters > sections (##) > subsections (###) > blocks.
// A block is { id, kind: 'para'|'list'|'table', sentences | intro+items | rows, wrap }.
// Paragraph numbers are not stored: they follow position when rendered (so B is renumbered).

let nextId = 0;

function makeBlock(r) {
  const id = nextId++;
  const k = r.next();
  if (k < 0.1) {
    const items = [];
    for (let i = r.int(3, 7); i > 0; i--) items.push(listItem(r));
    return { id, kind: 'list', intro: sentence(r).replace(/\.$/, ':'), items, wrap: 80 };
  }
  if (k < 0.125) {
    const rows = [];
    for (let i = r.int(3, 8); i > 0; i--) {
      rows.push([cap(r.pick(NOUNS)), cap(r.pick(ROLES)), r.pick(TIMESCALES), cap(r.pick(PREDICATES))]);
    }
    return { id, kind: 'table', intro: `The table below sets out who ${r.pick(MODALS)} ${r.pick(PREDICATES)} at each stage.`, rows, wrap: 80 };
  }
  const sentences = [];
  for (let i = r.int(2, 5); i > 0; i--) sentences.push(sentence(r));
  return { id, kind: 'para', sentences, wrap: 80 };
}

function blockWords(b) {
  if (b.kind === 'para') return b.sentences.reduce((n, s) => n + countWords(s) + 1, 0);
  if (b.kind === 'list') return countWords(b.intro) + b.items.reduce((n, s) => n + countWords(s) + 2, 1);
  return countWords(b.intro) + b.rows.reduce((n, row) => n + row.reduce((m, c) => m + countWords(c), 0), 0);
}

export function generateEdition(targetWords, seed) {
  const r = new Rng(seed);
  nextId = 0;
  const chapters = [];
  let words = 0;
  let ci = 0;
  while (words < targetWords) {
    const chapter = {
      title: `Chapter ${ci + 1}: ${CHAPTER_TITLES[ci % CHAPTER_TITLES.length]}${ci >= CHAPTER_TITLES.length ? ` (part ${Math.floor(ci / CHAPTER_TITLES.length) + 1})` : ''}`,
      style: ci % 2 === 0 ? 'ordered' : 'prefix',
      intro: [makeBlock(r)],
      sections: [],
    };
    ci++;
    words += blockWords(chapter.intro[0]);
    const nSections = r.int(6, 10);
    for (let si = 0; si < nSections && words < targetWords; si++) {
      const title = `${r.pick(TOPICS)}: ${r.pick(ASPECTS)}`;
      const section = { title, blocks: [], subsections: [] };
      for (let i = r.int(2, 6); i > 0; i--) { const b = makeBlock(r); words += blockWords(b); section.blocks.push(b); }
      const nSub = r.int(0, 4);
      for (let k = 0; k < nSub && words < targetWords; k++) {
        const sub = { title: `${cap(r.pick(ASPECTS))}`, blocks: [] };
        if (r.chance(0.5)) sub.title = `${cap(r.pick(NOUNS))}: ${r.pick(ASPECTS)}`;
        for (let i = r.int(3, 10); i > 0; i--) { const b = makeBlock(r); words += blockWords(b); sub.blocks.push(b); }
        section.subsections.push(sub);
      }
      chapter.sections.push(section);
    }
    chapters.push(chapter);
  }
  return { chapters };
}

// ---------------------------------------------------------------------------------------------
// Rendering

function wrap(text, width, firstPrefix, contPrefix) {
  const words = text.split(' ');
  const lines = [];
  let line = firstPrefix;
  let empty = true;
  for (const w of words) {
    if (!empty && line.length + 1 + w.length > width) {
      lines.push(line);
      line = contPrefix + w;
    } else {
      line += (empty ? '' : ' ') + w;
    }
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

function renderBlock(b, numberLabel, style, out) {
  if (b.kind === 'table') {
    out.push(wrap(b.intro, b.wrap, '', ''));
    out.push('');
    const head = '| Stage | Who is involved | Timescale | Decision |\n| --- | --- | --- | --- |';
    out.push(head + '\n' + b.rows.map((row) => `| ${row.join(' | ')} |`).join('\n'));
    out.push('');
    return false; // tables are not numbered
  }
  const text = b.kind === 'para' ? b.sentences.join(' ') : b.intro;
  if (style === 'ordered') {
    const marker = `${numberLabel}. `;
    out.push(wrap(text, b.wrap, marker, ' '.repeat(marker.length)));
  } else {
    out.push(wrap(text, b.wrap, `${numberLabel} `, ''));
  }
  out.push('');
  if (b.kind === 'list') {
    const indent = style === 'ordered' ? ' '.repeat(`${numberLabel}. `.length) : '';
    for (let i = 0; i < b.items.length; i++) {
      const end = i === b.items.length - 1 ? '.' : ';';
      out.push(wrap(b.items[i] + end, b.wrap, indent + '- ', indent + '  '));
    }
    out.push('');
  }
  return true;
}

export function render(ed, { practitioner = false } = {}) {
  const out = [HEADER, ''];
  ed.chapters.forEach((ch, ci) => {
    const chapterNo = ci + 1;
    out.push(`# ${ch.title.replace(/^Chapter \d+/, `Chapter ${chapterNo}`)}`, '');
    let n = 0;
    const label = () => (ch.style === 'ordered' ? `${n}` : `${chapterNo}.${n}`);
    const emit = (b) => { n++; if (!renderBlock(b, label(), ch.style, out)) n--; };
    ch.intro.forEach(emit);
    for (const s of ch.sections) {
      out.push(`## ${s.title}`, '');
      s.blocks.forEach(emit);
      for (const sub of s.subsections) {
        out.push(`### ${sub.title}`, '');
        sub.blocks.forEach(emit);
      }
    }
  });
  let text = out.join('\n');
  if (practitioner) {
    text = text.replace(/\bprofessional/g, 'practitioner').replace(/\bProfessional/g, 'Practitioner');
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Deriving version B

function clone(x) { return JSON.parse(JSON.stringify(x)); }

function allContainers(ed) {
  const cs = [];
  for (const ch of ed.chapters) {
    for (const s of ch.sections) {
      cs.push(s);
      for (const sub of s.subsections) cs.push(sub);
    }
  }
  return cs;
}

function editSentence(s, r) {
  let t = s;
  if (/ (and|with) their manager/.test(t) && r.chance(0.3)) t = t.replace(/ (and|with) their manager/, '');
  if (/\bmust\b/.test(t) && r.chance(0.12)) t = t.replace(/\bmust\b/, 'should');
  for (const ts of TIMESCALES) {
    if (t.includes(ts)) {
      if (r.chance(0.12)) t = t.replace(ts, r.pick(TIMESCALES));
      break;
    }
  }
  return t;
}

function editBlock(b, r) {
  if (b.kind === 'para') {
    const out = [];
    for (const s of b.sentences) {
      if (r.chance(0.02) && b.sentences.length > 1) continue; // deleted sentence
      out.push(editSentence(s, r));
      if (r.chance(0.02)) out.push(sentence(r)); // inserted sentence
    }
    if (out.length === 0) out.push(sentence(r));
    b.sentences = out;
  } else if (b.kind === 'list') {
    b.intro = editSentence(b.intro, r);
    b.items = b.items.map((it) => editSentence(it, r));
    if (r.chance(0.05)) b.items.splice(r.int(0, b.items.length), 0, listItem(r));
  } else {
    b.rows = b.rows.map((row) => row.map((c) => editSentence(c, r)));
  }
  // Reflow: a different wrap width for ~15% of paragraphs.
  if (r.chance(0.15)) b.wrap = r.pick([60, 66, 72, 76, 88, 100, 120]);
}

function moveBlocks(ed, r, fraction) {
  const containers = allContainers(ed).filter((c) => c.blocks.length > 0);
  const moving = [];
  for (const c of containers) {
    const keep = [];
    for (const b of c.blocks) (r.chance(fraction) ? moving : keep).push(b);
    if (keep.length === 0) keep.push(moving.pop()); // never empty a section
    c.blocks = keep;
  }
  for (const b of moving) {
    const dest = r.pick(containers);
    dest.blocks.splice(r.int(0, dest.blocks.length), 0, b);
  }
}

function shuffleNotIdentity(arr, r) {
  if (arr.length < 2) return arr;
  const before = arr.slice();
  for (let tries = 0; tries < 10; tries++) {
    r.shuffle(arr);
    if (arr.some((x, i) => x !== before[i])) break;
  }
  return arr;
}

export function deriveEdition(edA, seed, { adversarial = false } = {}) {
  const r = new Rng(seed ^ 0x5bd1e995);
  const ed = clone(edA);
  // Section renames (~5%).
  for (const c of allContainers(ed)) {
    if (r.chance(0.05)) {
      const renamed = r.pick(RENAMES)(c.title);
      c.title = renamed === c.title ? `${c.title}: overview` : renamed;
    }
  }
  // Sentence-level edits and reflow.
  for (const ch of ed.chapters) {
    ch.intro.forEach((b) => editBlock(b, r));
    for (const c of [...ch.sections, ...ch.sections.flatMap((s) => s.subsections)]) c.blocks.forEach((b) => editBlock(b, r));
  }
  // A few whole paragraphs inserted and deleted (~0.5% each), so numbering shifts.
  for (const c of allContainers(ed)) {
    c.blocks = c.blocks.filter((b) => !(c.blocks.length > 1 && r.chance(0.005)));
    if (r.chance(0.05)) c.blocks.splice(r.int(0, c.blocks.length), 0, makeBlock(r));
  }
  // Moved paragraphs.
  moveBlocks(ed, r, adversarial ? 0.3 : 0.03);
  if (adversarial) {
    // Every section reordered: chapters, sections within chapters, subsections within sections.
    shuffleNotIdentity(ed.chapters, r);
    for (const ch of ed.chapters) {
      shuffleNotIdentity(ch.sections, r);
      for (const s of ch.sections) shuffleNotIdentity(s.subsections, r);
    }
  }
  return ed;
}

// ---------------------------------------------------------------------------------------------

/**
 * A near-identical edition: 1% of paragraphs (at least one) reworded where they stand — one
 * sentence replaced by another, and a role, duty or time limit edited where the paragraph has
 * one — with no reflow, renumbering, renaming or moves, so every other line is as it was.
 */
export function deriveNearIdentical(edA, seed) {
  const r = new Rng(seed ^ 0x2545f491);
  const ed = clone(edA);
  const paras = [...ed.chapters.flatMap((ch) => ch.intro), ...allContainers(ed).flatMap((c) => c.blocks)]
    .filter((b) => b.kind === 'para' && b.sentences.length > 1);
  const count = Math.max(1, Math.round(paras.length * 0.01));
  for (const b of r.shuffle(paras.slice()).slice(0, count)) {
    b.sentences[r.int(0, b.sentences.length - 1)] = sentence(r);
    b.sentences = b.sentences.map((s) => s.replace(/ (and|with) their manager/, '').replace(/\bmust\b/, 'should'));
  }
  return ed;
}

export function generatePair(words, seed, adversarial = false, nearIdentical = false) {
  const a = generateEdition(words, seed);
  if (nearIdentical) return { old: render(a), new: render(deriveNearIdentical(a, seed)) };
  const b = deriveEdition(a, seed, { adversarial });
  return { old: render(a), new: render(b, { practitioner: true }) };
}

export function generateCase(outDir, name) {
  const c = CASES[name];
  if (!c) throw new Error(`unknown case ${name}; known: ${Object.keys(CASES).join(', ')}`);
  const pair = generatePair(c.words, c.seed, c.adversarial, c.nearIdentical);
  const dir = join(outDir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'old.md'), pair.old);
  writeFileSync(join(dir, 'new.md'), pair.new);
  return {
    name,
    dir,
    old: { bytes: Buffer.byteLength(pair.old), words: countWords(pair.old) },
    new: { bytes: Buffer.byteLength(pair.new), words: countWords(pair.new) },
  };
}

/**
 * The pair in dataDir/name: generated when missing, or when it was made by another version of
 * this file (its hash is kept beside the pair). Returns the two paths.
 */
export function ensureCase(dataDir, name) {
  const dir = join(dataDir, name);
  const stampFile = join(dir, 'generator.stamp');
  const stamp = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 16);
  const fresh = existsSync(join(dir, 'old.md')) && existsSync(join(dir, 'new.md'))
    && existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === stamp;
  if (!fresh) {
    process.stderr.write(`generating ${name} pair in ${dir} ...\n`);
    generateCase(dataDir, name);
    writeFileSync(stampFile, stamp + '\n');
  }
  return { old: join(dir, 'old.md'), new: join(dir, 'new.md') };
}

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--adversarial') opts.adversarial = true;
    else if (a.startsWith('--')) opts[a.slice(2)] = argv[++i];
  }
  return opts;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.old || opts.new) {
    const pair = generatePair(Number(opts.words ?? BASE_WORDS), Number(opts.seed ?? 1), !!opts.adversarial);
    if (opts.old) { mkdirSync(dirname(opts.old), { recursive: true }); writeFileSync(opts.old, pair.old); }
    if (opts.new) { mkdirSync(dirname(opts.new), { recursive: true }); writeFileSync(opts.new, pair.new); }
  } else {
    const here = dirname(fileURLToPath(import.meta.url));
    const outDir = opts.out ?? join(here, 'data');
    const names = (opts.cases ?? Object.keys(CASES).join(',')).split(',').filter(Boolean);
    for (const name of names) {
      const t0 = performance.now();
      const info = generateCase(outDir, name);
      console.log(`${name}: old ${info.old.words} words ${(info.old.bytes / 1024).toFixed(0)} KB, new ${info.new.words} words ${(info.new.bytes / 1024).toFixed(0)} KB (${(performance.now() - t0).toFixed(0)} ms) -> ${info.dir}`);
    }
  }
}
