// The app's Web Worker: reads the two files, compares them and renders the reports, with the
// same modules as `wtdiff OLD NEW` (ingest/read.ts, pipeline/compare.ts, report/), so the page
// never freezes and the browser's copy of wtdiff cannot drift from the CLI's. The last
// comparison is kept here, and each download is rendered from it when asked for.
import { Chalk } from 'chalk';
import { allInOrder, readBytes, sourceMapOf, type Ingested } from '../../ingest/read.js';
import { formatFromExtension } from '../../ingest/sniff.js';
import { compareEditions, type Compared, type Edition } from '../../pipeline/compare.js';
import { buildRedline } from '../../pipeline/redline.js';
import { loadRenderer } from '../../report/index.js';
import { shownChanges, shownSentence } from '../../report/types.js';
import { buildLexicon, validateRoleFile, type RoleLexicon } from '../../classify/lexicon.js';
import { parseJson } from '../../text/json.js';
import { STAGES, STAGE_DOING, Timings } from '../../timings.js';
import { WtdiffError } from '../../errors.js';
import type { DownloadFormat, FileInput, FromWorker, ToWorker } from './protocol.js';

/** The worker's global scope, as much of it as is used (src has no DOM or WebWorker typings). */
const scope = globalThis as unknown as {
  postMessage(message: FromWorker, transfer?: ArrayBuffer[]): void;
  onmessage: ((event: { data: ToWorker }) => void) | null;
};

const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => scope.postMessage(message, transfer);
const noColour = new Chalk({ level: 0 });
let last: Compared | undefined;

scope.onmessage = ({ data }) => {
  const run = data.type === 'compare' ? compareFiles(data) : download(data.format);
  run.catch((error: unknown) => send({ type: 'error', message: oneLine(error) }));
};

async function compareFiles(request: Extract<ToWorker, { type: 'compare' }>): Promise<void> {
  last = undefined;
  const timings = new Timings((stage) => {
    const step = STAGES.indexOf(stage as (typeof STAGES)[number]);
    if (step >= 0) send({ type: 'progress', step, of: STAGES.length, doing: STAGE_DOING[STAGES[step]!] });
  });
  const roles = request.roles ? readRoles(request.roles) : undefined;
  const [oldIn, newIn] = await timings.timeAsync('read', () => allInOrder([read(request.old), read(request.new)]));
  const edition = (file: FileInput, label: string, input: Ingested): Edition => ({
    markdown: input.markdown,
    label: label || file.name,
    path: file.name,
    source: sourceMapOf(input),
  });
  const compared = compareEditions(edition(request.old, request.oldLabel, oldIn), edition(request.new, request.newLabel, newIn), { timings, ...(roles ? { roles } : {}) });
  const render = await loadRenderer('html');
  const html = timings.time('render', () => render(compared.comparison, { all: false, chalk: noColour }));
  last = compared;
  const cmp = compared.comparison;
  send({ type: 'compared', html, summary: shownSentence(cmp, shownChanges(cmp, false).length), substantive: cmp.summary.substantive });
}

function read(file: FileInput) {
  return readBytes(file.name, file.bytes, formatFromExtension(file.name));
}

/** A role lexicon file, as `--roles FILE` reads it. */
function readRoles(file: FileInput): RoleLexicon {
  const what = `roles file ${file.name}`;
  return buildLexicon(validateRoleFile(parseJson(new TextDecoder().decode(file.bytes), what), what));
}

async function download(format: DownloadFormat): Promise<void> {
  if (!last) throw new WtdiffError('compare two files first');
  const { comparison } = last;
  let bytes: Uint8Array;
  if (format === 'docx') {
    const { renderDocx } = await import('../../report/docx.js');
    bytes = await renderDocx(comparison, buildRedline(last.old, last.new, last.alignment, comparison), { all: false, date: new Date() });
  } else {
    const render = await loadRenderer(format);
    bytes = new TextEncoder().encode(render(comparison, { all: false, chalk: noColour }));
  }
  send({ type: 'download', format, bytes }, [bytes.buffer as ArrayBuffer]);
}

/** A WtdiffError's message as the CLI prints it; anything else is a bug, said so. */
function oneLine(error: unknown): string {
  if (error instanceof WtdiffError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `internal error: ${message.split('\n')[0]!.slice(0, 200)}`;
}
