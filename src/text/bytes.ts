// Joining the chunks of a stream read under a size bound (a URL's body, an inflated PDF stream in
// the browser app) into one array.

/** The chunks one after another in a new array (`total`: their summed length, when already counted). */
export function concatBytes(chunks: readonly Uint8Array[], total = chunks.reduce((n, c) => n + c.byteLength, 0)): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
