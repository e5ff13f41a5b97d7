// Growth of the typed arrays that hold the fixed-size records of a search (hits, candidates).

/** A copy of the full array `data` in one twice as long. */
export function doubled(data: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(data.length * 2);
  grown.set(data);
  return grown;
}
