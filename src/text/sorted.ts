// Binary search over a sorted list of numbers (line starts, section lines).

/** The index of the last item at most `value` in ascending `sorted`; 0 when none is (or the list is empty). */
export function lastAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
