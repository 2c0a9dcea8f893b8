import { firstIndexBelow, rowOffsets, visibleRange } from '../../src/taskpane/virtual-range';

describe('the rows a long list draws', () => {
  const offsets = rowOffsets([10, 30, 20, 40], 5); // rows at 0, 15, 50, 75; 115 in all

  it('places rows at their measured heights plus the gap, and ends with the whole height', () => {
    expect(offsets).toEqual([0, 15, 50, 75, 115]);
    expect(rowOffsets([], 8)).toEqual([0]);
  });

  it('finds the first row starting at or below a point', () => {
    expect(firstIndexBelow(offsets, 0)).toBe(0);
    expect(firstIndexBelow(offsets, 16)).toBe(2);
    expect(firstIndexBelow(offsets, 500)).toBe(4);
  });

  it('draws the rows that meet the band, including one cut by its top edge', () => {
    expect(visibleRange(offsets, 20, 60, 100)).toEqual({ start: 1, end: 3 });
    expect(visibleRange(offsets, -100, 1000, 100)).toEqual({ start: 0, end: 4 });
    expect(visibleRange(offsets, 114, 200, 100)).toEqual({ start: 3, end: 4 });
  });

  it('draws nothing when the band misses the list, and never more than the cap', () => {
    expect(visibleRange(offsets, -300, -10, 100)).toEqual({ start: 0, end: 0 });
    expect(visibleRange(offsets, 200, 300, 100)).toEqual({ start: 0, end: 0 });
    const long = rowOffsets(new Array<number>(10_000).fill(20), 4);
    expect(visibleRange(long, -1e9, 1e9, 120)).toEqual({ start: 0, end: 120 });
    expect(visibleRange(long, 24 * 5000, 24 * 5000 + 900, 120)).toEqual({ start: 5000, end: 5038 });
  });
});
