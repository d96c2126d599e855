// Word list numbering computed from the XML parts (src/ingest/docx-numbering.ts), on hand-written
// WordprocessingML: the labels Word shows, in document order. Document text here is test fixture
// text, not guidance.
import { describe, expect, it } from 'vitest';
import { computeLabels } from '../../src/ingest/docx-numbering.js';

const WORDML = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

interface Options {
  prefix?: string;
  namespace?: string;
}

/** A part with the WordprocessingML namespace declared; `w:` in the markup becomes `prefix:`. */
function part(root: string, inner: string, { prefix = 'w', namespace = WORDML }: Options = {}): string {
  const markup = `<w:${root} xmlns:W="${namespace}" xmlns:mc="${MC}">${inner}</w:${root}>`.replaceAll('w:', `${prefix}:`).replace('xmlns:W=', `xmlns:${prefix}=`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${markup}`;
}

const level = (ilvl: number, format: string, text: string, start = 1): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;

const NUMBERING = [
  `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.', 40)}${level(1, 'lowerLetter', '(%2)')}${level(2, 'lowerRoman', '%1.%2.%3')}${level(3, 'upperRoman', '%4 –')}${level(4, 'bullet', '•')}</w:abstractNum>`,
  `<w:abstractNum w:abstractNumId="1">${level(0, 'upperLetter', 'Annex %1 &amp; more')}</w:abstractNum>`,
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
  '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="90"/></w:lvlOverride></w:num>',
  '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>',
].join('');

const STYLES = [
  '<w:style w:type="paragraph" w:styleId="ListBase"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="ListChild"><w:basedOn w:val="ListBase"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="LoopA"><w:basedOn w:val="LoopB"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="LoopB"><w:basedOn w:val="LoopA"/></w:style>',
].join('');

const numPr = (numId: number, ilvl?: number): string => `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
const para = (pPr: string, text: string): string => `<w:p><w:pPr>${pPr}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

function labels(body: string, options: Options = {}, parts: { numbering?: string; styles?: string } = {}): [string, string | undefined][] {
  return computeLabels({
    documentXml: part('document', `<w:body>${body}</w:body>`, options),
    numberingXml: parts.numbering ?? part('numbering', NUMBERING, options),
    stylesXml: parts.styles ?? part('styles', STYLES, options),
  }).map((l) => [l.key, l.label]);
}

describe('DOCX numbering labels', () => {
  it('counts every level in its format, restarts deeper levels, and keeps bullets unlabelled', () => {
    const body = [
      para(numPr(1, 0), 'First paragraph'),
      para(numPr(1, 1), 'Lettered'),
      para(numPr(1, 1), 'Lettered again'),
      para(numPr(1, 2), 'Roman under it'),
      para(numPr(1, 3), 'Upper roman'),
      para(numPr(1, 4), 'A bullet'),
      para(numPr(1, 0), 'Second paragraph'),
      para(numPr(1, 1), 'Lettered from a again'),
      para('', 'Not numbered'),
      para(numPr(0, 0), 'numId 0 is no numbering'),
      para(numPr(1, 7), 'A level the numbering does not define'),
      para(numPr(9, 0), 'A numbering that does not exist'),
    ].join('');
    expect(labels(body)).toEqual([
      ['Firstparagraph', '40.'],
      ['Lettered', '(a)'],
      ['Letteredagain', '(b)'],
      ['Romanunderit', '40.b.i'],
      ['Upperroman', 'I –'],
      ['Abullet', undefined],
      ['Secondparagraph', '41.'],
      ['Letteredfromaagain', '(a)'],
    ]);
  });

  it('applies a start override the first time its numbering is used, sharing the counters of its abstract numbering', () => {
    const body = [para(numPr(1, 0), 'One'), para(numPr(2, 0), 'Overridden'), para(numPr(2, 0), 'Next'), para(numPr(1, 0), 'Back')].join('');
    expect(labels(body).map(([, label]) => label)).toEqual(['40.', '90.', '91.', '92.']);
  });

  it('takes numbering from a paragraph style, following basedOn, and stops at a loop of styles', () => {
    const style = (id: string): string => `<w:pStyle w:val="${id}"/>`;
    const body = [para(numPr(1, 0), 'Top'), para(style('ListBase'), 'From the style'), para(style('ListChild'), 'From its base'), para(style('LoopA'), 'Loop'), para(`${style('ListChild')}${numPr(3, 0)}`, 'Own numbering first')].join('');
    expect(labels(body)).toEqual([
      ['Top', '40.'],
      ['Fromthestyle', '(a)'],
      ['Fromitsbase', '(b)'],
      ['Ownnumberingfirst', 'Annex A & more'],
    ]);
  });

  it('reads the text as mammoth does: runs, entities, inserted text; not deleted text', () => {
    const body = [
      `<w:p><w:pPr>${numPr(1, 0)}</w:pPr><w:r><w:t>Split</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> across &amp; &lt;runs&gt; &#x2019;s</w:t></w:r></w:p>`,
      `<w:p><w:pPr>${numPr(1, 0)}</w:pPr><w:ins w:id="1" w:author="a"><w:r><w:t>Inserted</w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>Deleted</w:delText></w:r></w:del></w:p>`,
    ].join('');
    expect(labels(body)).toEqual([
      ['Splitacross&<runs>’s', '40.'],
      ['Inserted', '41.'],
    ]);
  });

  it('matches elements by namespace: another prefix, the strict namespace, single quotes, attributes on w:pPr', () => {
    const body = [para(numPr(1, 0), 'One'), para(numPr(1, 1), 'Two')].join('');
    const expected = [
      ['One', '40.'],
      ['Two', '(a)'],
    ];
    expect(labels(body, { prefix: 'wx' })).toEqual(expected);
    expect(labels(body, { namespace: STRICT })).toEqual(expected);
    expect(labels(body.replaceAll('"', "'"))).toEqual(expected);
    expect(labels(body.replaceAll('<w:pPr>', '<w:pPr w:rsidR="00AB12CD">'))).toEqual(expected);
  });

  it('reads mc:AlternateContent as its fallback, as mammoth does', () => {
    const custom = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="7"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="upperRoman"/></mc:Choice><mc:Fallback><w:numFmt w:val="lowerLetter"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(labels(para(numPr(1, 0), 'Item'), {}, { numbering: part('numbering', custom) })).toEqual([['Item', 'g)']]);
  });

  it('ignores the numbering a tracked change removed (w:pPrChange holds the old properties)', () => {
    const removed = `<w:pPrChange w:id="3" w:author="a"><w:pPr>${numPr(1, 0)}</w:pPr></w:pPrChange>`;
    const body = [para(numPr(1, 0), 'One'), para(removed, 'No longer numbered'), para(numPr(1, 0), 'Two')].join('');
    expect(labels(body)).toEqual([
      ['One', '40.'],
      ['Two', '41.'],
    ]);
  });

  it('without numbering there are no labels, and the document is not parsed', () => {
    expect(labels(para(numPr(1, 0), 'One'), {}, { numbering: '' })).toEqual([]);
    expect(computeLabels({ documentXml: '<w:document><not-closed>', numberingXml: '', stylesXml: '' })).toEqual([]);
  });

  it('a part that is not well-formed XML is an error naming the part', () => {
    expect(() => labels(para(numPr(1, 0), 'One'), {}, { numbering: `<w:numbering xmlns:w="${WORDML}"><w:num w:numId="1></w:numbering>` })).toThrow(/^word\/numbering\.xml is not well-formed XML \(/);
    expect(() => computeLabels({ documentXml: `<w:document xmlns:w="${WORDML}"><w:body>`, numberingXml: part('numbering', NUMBERING), stylesXml: '' })).toThrow(/^word\/document\.xml is not well-formed XML/);
  });
});
