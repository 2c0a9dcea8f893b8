/** Rows [start, end) of a long list to draw. */
export interface Range {
  start: number;
  end: number;
}

/**
 * Where each row starts, from the rows' heights and the gap between them; one more entry, the
 * list's whole height.
 */
export function rowOffsets(heights: readonly number[], gap: number): number[] {
  const offsets = new Array<number>(heights.length + 1);
  let y = 0;
  for (let i = 0; i < heights.length; i++) {
    offsets[i] = y;
    y += (heights[i] ?? 0) + (i < heights.length - 1 ? gap : 0);
  }
  offsets[heights.length] = y;
  return offsets;
}

/** The first row whose start is at or below `y` (binary search in the offsets). */
export function firstIndexBelow(offsets: readonly number[], y: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] ?? 0) < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The rows that meet the band [top, bottom) (in the list's own coordinates), at most `max` of
 * them from the first; none when the band misses the list.
 */
export function visibleRange(
  offsets: readonly number[],
  top: number,
  bottom: number,
  max: number,
): Range {
  const rows = offsets.length - 1;
  const total = offsets[rows] ?? 0;
  if (rows <= 0 || bottom <= 0 || top >= total) return { start: 0, end: 0 };
  // The row containing `top`: the last one starting at or above it.
  const start = Math.max(0, firstIndexBelow(offsets, top + 1) - 1);
  const end = Math.min(rows, firstIndexBelow(offsets, bottom), start + max);
  return { start, end: Math.max(end, start + 1) };
}
