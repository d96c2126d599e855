// node:zlib for the browser app: inflateSync bounded by maxOutputLength, the one call shared code
// makes (a PDF's compressed streams are checked against the pdfStreamBytes limit before pdf.js
// reads them: ingest/pdf/extract.ts). fflate inflates; going past the bound throws the error
// Node's zlib throws, which extract.ts recognises.
import { Unzlib } from 'fflate';
import { concatBytes } from '../../../text/bytes.js';

export function inflateSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Unzlib((chunk) => {
    total += chunk.length;
    if (total > options.maxOutputLength) throw Object.assign(new RangeError('Cannot create a Buffer larger than maxOutputLength'), { code: 'ERR_BUFFER_TOO_LARGE' });
    chunks.push(chunk);
  });
  inflater.push(data, true);
  return concatBytes(chunks, total);
}
