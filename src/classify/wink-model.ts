// wink's English model, read faster than its own loader reads it: the same model, so the
// same tags (test/classify/wink-model.test.ts compares the two deeply).
//
// The model package's `core()` copies its 3 MB JSON whole (JSON.stringify, then JSON.parse)
// so that each load owns what it unpacks, then decodes the base64 lexicon a byte at a time.
// That was half of loading the tagger, itself a fifth of the classify stage. Here the
// megabytes that are only read — the packed lexicon and the word lists — are decoded or
// copied as arrays, and only the small rest is copied through JSON; then the lists are
// indexed exactly as the package's read-core-model.js and load-core-model.js do.

/** The model package's core JSON, as required (never written to). */
export interface CoreModelJson {
  packing: { layout: Record<string, number[]> } & Record<string, unknown>;
  features: Record<string, { list: string[] } & Record<string, unknown>>;
  pos: { hash: Record<string, number> } & Record<string, unknown>;
  lexicon: string;
  xpansions: string;
  [part: string]: unknown;
}

type Feature = { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number } & Record<string, unknown>;

/** The unpacked model, as the package's `core()` returns it. */
export interface CoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] } & Record<string, unknown>;
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> } & Record<string, unknown>;
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  [part: string]: unknown;
}

/** What the package's `core()` returns for this JSON, without copying the JSON whole. */
export function readCoreModel(json: CoreModelJson): CoreModel {
  const model = {} as CoreModel;
  // Same keys in the same order as the package's copy.
  for (const key of Object.keys(json)) {
    if (key === 'lexicon' || key === 'xpansions') model[key] = uint32FromBase64(json[key]);
    else if (key === 'features') model.features = copyFeatures(json.features);
    else model[key] = JSON.parse(JSON.stringify(json[key])) as unknown;
  }
  indexFeatures(model);
  return model;
}

/** Each feature with its list as a new array (loading and tagging add to the lists), the rest copied. */
function copyFeatures(features: CoreModelJson['features']): Record<string, Feature> {
  const out: Record<string, Feature> = {};
  for (const [name, f] of Object.entries(features)) {
    const copy = {} as Feature;
    for (const key of Object.keys(f)) copy[key] = key === 'list' ? f.list.slice() : (JSON.parse(JSON.stringify(f[key])) as unknown);
    out[name] = copy;
  }
  return out;
}

/** read-core-model.js and load-core-model.js after their copy: hashes of the lists, sizes, and POS clusters as sets. */
function indexFeatures(model: CoreModel): void {
  const { packing, features, pos } = model;
  for (const f in packing.layout) {
    if (packing.layout[f]![3] !== 0) continue;
    features[f]!.hash = hashOf(features[f]!.list as string[]);
  }
  features.lexeme!.hash = hashOf(features.lexeme!.list as string[]);
  const clusters = features.posClusters!.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
}

function hashOf(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k += 1) hash[list[k]!] = k;
  return hash;
}

/** The words of a base64 string, in the platform's byte order as the package reads them. */
function uint32FromBase64(data: string): Uint32Array {
  // Buffer decodes in native code; the browser app has no Buffer and decodes as the package does.
  const bytes = typeof Buffer === 'function' ? Buffer.from(data, 'base64') : Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}
