// The app's page: two files chosen or dropped, optional labels and a role lexicon; the
// comparison runs in a Web Worker (worker.ts, its code inlined here by scripts/build-app.mjs)
// so the page never freezes; the report is the HTML report `wtdiff OLD NEW --format html`
// writes, shown in a sandboxed frame, and every download is made by the CLI's renderers.
// Nothing is sent anywhere: the page's Content-Security-Policy allows no network access.
import WORKER_SOURCE from 'wtdiff:worker-source';
import { formatBytes, limit } from '../../limits.js';
import type { DownloadFormat, FileInput, FromWorker, ToWorker } from './protocol.js';

type Side = 'old' | 'new';

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el as T;
};

const form = $<HTMLFormElement>('inputs');
const compareButton = $<HTMLButtonElement>('compare');
const cancelButton = $<HTMLButtonElement>('cancel');
const progress = $<HTMLProgressElement>('progress');
const statusText = $('status-text');
const errorLine = $('error');
const result = $('result');
const summary = $('summary');
const frame = $<HTMLIFrameElement>('report');

const chosen: Partial<Record<Side, File>> = {};
let roles: File | undefined;
let worker: Worker | undefined;
let started = 0;
/** Counts comparisons asked for; a cancelled one's files, still being read, are then never sent. */
let runs = 0;
let reportUrl: string | undefined;
let names: Record<Side, string> = { old: 'old', new: 'new' };

const MIME: Record<DownloadFormat, string> = {
  markdown: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
  html: 'text/html;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
const EXTENSION: Record<DownloadFormat, string> = { markdown: 'md', json: 'json', html: 'html', docx: 'docx' };

for (const side of ['old', 'new'] as const) {
  const input = $<HTMLInputElement>(`${side}-file`);
  input.addEventListener('change', () => choose(side, input.files?.[0]));
  const zone = $(`${side}-side`);
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    const files = e.dataTransfer?.files;
    if (!files?.length) return;
    // Two files dropped on either side: the first is the earlier edition, the second the later.
    if (files.length >= 2) {
      choose('old', files[0]);
      choose('new', files[1]);
    } else choose(side, files[0]);
  });
}
// Dropped anywhere else, a file would be opened by the browser in place of the app.
window.addEventListener('dragover', (e) => e.preventDefault());
window.addEventListener('drop', (e) => e.preventDefault());

const rolesInput = $<HTMLInputElement>('roles-file');
rolesInput.addEventListener('change', () => {
  roles = rolesInput.files?.[0];
  $('roles-name').textContent = roles ? roles.name : 'the built-in roles';
});

function choose(side: Side, file: File | undefined): void {
  if (file) chosen[side] = file;
  $(`${side}-name`).textContent = chosen[side] ? `${chosen[side].name} (${formatBytes(chosen[side].size)})` : 'no file chosen';
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void compare();
});
cancelButton.addEventListener('click', () => {
  runs++;
  stopWorker();
  finish('Cancelled.');
});
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
  button.addEventListener('click', () => {
    const format = button.dataset['format'] as DownloadFormat;
    statusText.textContent = `Preparing the ${button.textContent ?? format}…`;
    post({ type: 'download', format });
  });
}

async function compare(): Promise<void> {
  const { old, new: neu } = chosen;
  if (!old || !neu) return fail('Choose two files: the earlier edition and the later one.');
  const tooLarge = [old, neu, roles].find((f) => f && f.size > limit('inputBytes'));
  if (tooLarge) return fail(`${tooLarge.name}: larger than ${formatBytes(limit('inputBytes'))}, the largest input wtdiff reads`);
  errorLine.hidden = true;
  result.hidden = true;
  compareButton.disabled = true;
  cancelButton.hidden = false;
  started = performance.now();
  const run = ++runs;
  show(0, 'reading the files');
  const [o, n, r] = await Promise.all([bytesOf(old), bytesOf(neu), roles ? bytesOf(roles) : undefined]);
  if (run !== runs) return;
  names = { old: old.name, new: neu.name };
  const request: ToWorker = {
    type: 'compare',
    old: o,
    new: n,
    oldLabel: $<HTMLInputElement>('old-label').value.trim(),
    newLabel: $<HTMLInputElement>('new-label').value.trim(),
    ...(r ? { roles: r } : {}),
  };
  post(request, [o.bytes.buffer as ArrayBuffer, n.bytes.buffer as ArrayBuffer]);
}

async function bytesOf(file: File): Promise<FileInput> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function post(message: ToWorker, transfer: ArrayBuffer[] = []): void {
  if (!worker) {
    const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
    worker = new Worker(url, { name: 'wtdiff' });
    URL.revokeObjectURL(url);
    worker.onmessage = (e: MessageEvent<FromWorker>) => receive(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      stopWorker();
      fail(`internal error: ${e.message || 'the comparison stopped'}`);
    };
  }
  worker.postMessage(message, transfer);
}

function stopWorker(): void {
  worker?.terminate();
  worker = undefined;
}

function receive(message: FromWorker): void {
  switch (message.type) {
    case 'progress':
      return show(message.step, message.doing);
    case 'compared': {
      if (reportUrl) URL.revokeObjectURL(reportUrl);
      reportUrl = URL.createObjectURL(new Blob([message.html], { type: 'text/html;charset=utf-8' }));
      frame.src = reportUrl;
      summary.textContent = `${message.summary} ${message.substantive ? 'Some changes are substantive.' : 'No substantive change.'}`;
      result.hidden = false;
      return finish(`Compared in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    }
    case 'download':
      return save(message.format, message.bytes);
    case 'error':
      return fail(message.message);
  }
}

function save(format: DownloadFormat, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: MIME[format] }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${stem(names.old)}-to-${stem(names.new)}.${EXTENSION[format]}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  statusText.textContent = `Saved ${a.download}.`;
}

/** A file name without its extension, reduced to characters safe in any file system. */
function stem(name: string): string {
  return name.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60) || 'edition';
}

function show(step: number, doing: string): void {
  progress.hidden = false;
  progress.value = step;
  statusText.textContent = `Step ${step + 1} of ${progress.max}: ${doing}…`;
}

function finish(text: string): void {
  progress.hidden = true;
  compareButton.disabled = false;
  cancelButton.hidden = true;
  statusText.textContent = text;
}

function fail(message: string): void {
  finish('');
  errorLine.textContent = message;
  errorLine.hidden = false;
}
