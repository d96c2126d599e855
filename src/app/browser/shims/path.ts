// node:path for the browser app: shared code uses extname (ingest/sniff.ts, a file's claimed
// format). path-browserify is Node's own path module, ported.
import path from 'path-browserify';

export const extname = path.extname;
