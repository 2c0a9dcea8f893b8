import { Batch, payloadBytes, rowChunks } from '../../src/workbook/office/batch';

describe('rowChunks', () => {
  it.each([
    // 3 + 3 + 3 fits 10, the fourth 3 starts a new chunk.
    [
      [3, 3, 3, 3],
      10,
      [
        [0, 3, 9],
        [3, 4, 3],
      ],
    ],
    // A row larger than the budget is a chunk of its own.
    [
      [2, 20, 2],
      10,
      [
        [0, 1, 2],
        [1, 2, 20],
        [2, 3, 2],
      ],
    ],
    [[], 10, []],
  ])('%j under %i → %j', (costs, budget, expected) => {
    expect(rowChunks(costs, budget).map((c) => [c.start, c.end, c.bytes])).toEqual(expected);
  });
});

describe('Batch', () => {
  it('syncs only when the queued payload would overflow the budget', async () => {
    let syncs = 0;
    const batch = new Batch({ sync: async () => void syncs++ }, 10);
    await batch.reserve(6);
    await batch.reserve(4);
    expect(syncs).toBe(0);
    // 6 + 4 + 1 > 10.
    await batch.reserve(1);
    expect(syncs).toBe(1);
    await batch.flush();
    expect(syncs).toBe(2);
  });

  it('counts UTF-8 bytes', () => {
    // ["é"] is 5 characters, 6 bytes.
    expect(payloadBytes(['é'])).toBe(6);
  });
});
