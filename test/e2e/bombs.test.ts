// Archives and streams bounded by what they unpack to (issue 14, item 9), and the scale
// limits (item 10): generated bombs through the built bin in a child process, whose peak
// memory (maxRSS, reported by the child itself) must stay under 1 GB, ending in exit 2 and
// one line. No wall-clock assertions.
// Document text in this file is test fixture text, not guidance.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDeflate, deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { BIN } from '../support/cli.js';
import { tempDir } from '../support/git-repo.js';

const GB = 1024 * 1024 * 1024;
// The child writes its peak resident memory to stderr as it exits.
const REPORT_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss='+process.resourceUsage().maxRSS+'\\n'))`;

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory in bytes. */
  rss: number;
}

function runBin(args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', REPORT_RSS, BIN, ...args], { env: { PATH: process.env['PATH'] ?? '', ...env }, maxBuffer: 256 * 1024 * 1024, timeout: 120_000 }, (err, stdout, stderr) => {
      const rss = Number(/maxrss=(\d+)/.exec(stderr)?.[1] ?? NaN) * 1024;
      done({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr: stderr.replace(/\nmaxrss=\d+\n$/, ''), rss });
    });
  });
}

const PARA = '<w:p><w:r><w:t>The practitioner must agree the plan with their manager.</w:t></w:r></w:p>';

async function docx(documentXml: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${documentXml}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Make the zip lie: the declared uncompressed size of every large part (local and central headers) set to 1 KB. */
function lieAboutSizes(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    const at = sig === 0x04034b50 ? i + 22 : sig === 0x02014b50 ? i + 24 : -1;
    if (at > 0 && out.readUInt32LE(at) > 1024 * 1024) out.writeUInt32LE(1024, at);
  }
  return out;
}

/** Deflate `size` bytes of `fill` without holding them: a stream, 1 MB at a time. */
function deflated(size: number, fill = 0x20): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const z = createDeflate({ level: 9 });
    const chunks: Buffer[] = [];
    z.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
    const block = Buffer.alloc(1024 * 1024, fill);
    let left = size;
    const pump = (): void => {
      while (left > 0) {
        left -= block.length;
        if (!z.write(block)) return void z.once('drain', pump);
      }
      z.end();
    };
    pump();
  });
}

/** A PDF of `pages` pages sharing one content stream `stream` (already Flate-compressed), with a correct xref. */
function pdf(stream: Buffer, pages = 1): Buffer {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    length += buf.length;
  };
  push('%PDF-1.7\n');
  const kids = Array.from({ length: pages }, (_, i) => (i === 0 ? 3 : 4 + i));
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${pages} >>`,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>',
  ];
  objects.forEach((o, i) => {
    offsets.push(length);
    push(`${i + 1} 0 obj\n${o}\nendobj\n`);
  });
  offsets.push(length);
  push(`4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`);
  push(stream);
  push('\nendstream\nendobj\n');
  for (let i = 1; i < pages; i++) {
    offsets.push(length);
    push(`${4 + i} 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>\nendobj\n`);
  }
  const xref = length;
  const size = offsets.length + 1;
  push(`xref\n0 ${size}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

describe('bombs end with one line and exit 2, under 1 GB (item 9)', () => {
  it('a DOCX inflating to 400 MB of paragraphs is refused by its declared size', async () => {
    const dir = tempDir();
    const file = join(dir, 'bomb.docx');
    const body = PARA.repeat(Math.ceil((400 * 1024 * 1024) / PARA.length));
    writeFileSync(file, await docx(body));
    const r = await runBin(['convert', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`wtdiff: cannot read ${file}: its text unpacks to more than the 10 MB limit for the XML of a DOCX, unpacked (each part and in total) (set WTDIFF_MAX_DOCX_UNPACKED_BYTES to change it)\n`);
    expect(r.rss).toBeLessThan(GB);
  }, 120_000);

  it('a DOCX that lies about its sizes is stopped by the counting inflate', async () => {
    const dir = tempDir();
    const file = join(dir, 'liar.docx');
    writeFileSync(file, lieAboutSizes(await docx(PARA.repeat(Math.ceil((200 * 1024 * 1024) / PARA.length)))));
    const r = await runBin(['convert', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^wtdiff: cannot read .*liar\.docx: (word\/document\.xml|its text) unpacks to more than the 10 MB limit/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.rss).toBeLessThan(GB);
  }, 120_000);

  it('a 1 MB PDF whose content stream inflates to 1 GB is refused before pdf.js holds it', async () => {
    const dir = tempDir();
    const file = join(dir, 'bomb.pdf');
    const bytes = pdf(await deflated(GB));
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    writeFileSync(file, bytes);
    const r = await runBin(['convert', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`wtdiff: cannot read ${file}: a compressed stream unpacks to more than the 64 MB limit for one compressed stream of a PDF, unpacked (set WTDIFF_MAX_PDF_STREAM_BYTES to change it)\n`);
    expect(r.rss).toBeLessThan(GB);
  }, 120_000);

  it('text extracted from a PDF page is capped, and the cap can be raised', async () => {
    const dir = tempDir();
    const file = join(dir, 'wordy.pdf');
    const text = Array.from({ length: 400 }, (_, i) => `BT /F1 10 Tf 20 ${780 - (i % 70) * 11} Td (The practitioner must agree the plan with their manager ${i}.) Tj ET`).join('\n');
    const withFont = pdf(deflateSync(Buffer.from(text, 'latin1'))).toString('latin1').replace('/Resources << >>', '/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>');
    writeFileSync(file, fixXref(withFont));
    const capped = await runBin(['convert', file], { WTDIFF_MAX_PDF_PAGE_TEXT_BYTES: '4096' });
    expect(capped.code).toBe(2);
    expect(capped.stderr).toBe(`wtdiff: cannot read ${file}: page 1 has more than the 4 KB limit for text extracted from one PDF page (set WTDIFF_MAX_PDF_PAGE_TEXT_BYTES to change it)\n`);
    const read = await runBin(['convert', file]);
    expect(read.code, read.stderr).toBe(0);
    expect(read.stdout).toContain('The practitioner must agree the plan with their manager 399.');
  }, 120_000);
});

/** Recompute a one-stream PDF's xref offsets after editing its objects. */
function fixXref(text: string): Buffer {
  const body = text.slice(0, text.indexOf('xref\n'));
  const offsets = [1, 2, 3, 4].map((n) => body.indexOf(`${n} 0 obj\n`));
  const xref = `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${body.length}\n%%EOF\n`;
  return Buffer.from(body + xref, 'latin1');
}

describe('scale that would grow past a minute or a gigabyte is refused above documented limits (item 10)', () => {
  it('a PDF of more pages than the limit is refused before any page is read', async () => {
    const dir = tempDir();
    const file = join(dir, 'pages.pdf');
    writeFileSync(file, pdf(deflateSync(Buffer.from('BT ET')), 6));
    const r = await runBin(['convert', file], { WTDIFF_MAX_PDF_PAGES: '5' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`wtdiff: cannot read ${file}: 6 pages, more than the 5 pages limit for pages of a PDF (set WTDIFF_MAX_PDF_PAGES to change it)\n`);
  }, 60_000);

  it('a document of more sections than the limit is refused: by its headings before parsing, and exactly after', async () => {
    const dir = tempDir();
    const many = join(dir, 'many.md');
    writeFileSync(many, Array.from({ length: 60_001 }, (_, i) => `## Part ${i}\n\nThe practitioner must agree plan ${i}.\n`).join('\n'));
    const r = await runBin([many, many]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('wtdiff: many.md: 60001 headings, more than the 50000 sections limit for sections (headings) in a document (set WTDIFF_MAX_SECTIONS to change it)\n');
    expect(r.rss).toBeLessThan(GB);
    // Setext headings are not counted before parsing; the exact count after parsing refuses them.
    const setext = join(dir, 'setext.md');
    writeFileSync(setext, Array.from({ length: 12 }, (_, i) => `Part ${i}\n------\n\nThe practitioner must agree plan ${i}.\n`).join('\n'));
    const s = await runBin([setext, setext], { WTDIFF_MAX_SECTIONS: '10' });
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/^wtdiff: setext\.md: 1[23] sections, more than the 10 sections limit/);
  }, 120_000);
});

describe('HTML is bounded by its elements (item 10)', () => {
  it('a page with more elements than the limit is refused before rehype builds its tree', async () => {
    const dir = tempDir();
    const file = join(dir, 'tiny-paragraphs.html');
    writeFileSync(file, `<html><body><main>${'<p>The practitioner must agree the plan.</p>'.repeat(150_000)}</main></body></html>`);
    const r = await runBin(['convert', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`wtdiff: cannot read ${file}: 150003 elements, more than the 100000 elements limit for elements of an HTML page (or of the HTML a DOCX becomes) (set WTDIFF_MAX_HTML_ELEMENTS to change it)\n`);
    expect(r.rss).toBeLessThan(GB);
    const small = join(dir, 'small.html');
    writeFileSync(small, `<html><body><main>${'<p>The practitioner must agree the plan.</p>'.repeat(600)}</main></body></html>`);
    expect((await runBin(['convert', small], { WTDIFF_MAX_HTML_ELEMENTS: '500' })).code).toBe(2);
    const raised = await runBin(['convert', small], { WTDIFF_MAX_HTML_ELEMENTS: '1000' });
    expect(raised.code, raised.stderr).toBe(0);
    expect(raised.stdout.split('\n\n')).toHaveLength(600);
  }, 120_000);
});
