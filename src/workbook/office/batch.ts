/**
 * Excel on the web refuses a request over 5 MB. Our large payloads (table values, number
 * formats, formulas) are counted against this budget, leaving 1 MB for the rest of the batch.
 */
export const REQUEST_BUDGET = 4 * 1024 * 1024;

const encoder = new TextEncoder();

/** Size of a value once serialised into the request (UTF-8 JSON). */
export function payloadBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/**
 * Chunking policy: every write is queued into the operation's final sync as long as the payload
 * queued since the last sync stays under the budget; a chunk that would overflow it first sends
 * what is queued (one more sync). Under 4 MB of table data, which is every real CA or CPTS
 * workbook, the number of syncs is therefore fixed; above, it grows by one per 4 MB, never per row.
 */
export class Batch {
  private pending = 0;

  constructor(
    private readonly context: { sync(): Promise<unknown> },
    readonly budget: number = REQUEST_BUDGET,
  ) {}

  /** Count `bytes` about to be queued; sync first if they would overflow the request. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    this.pending += bytes;
  }

  /** Send everything queued. */
  async flush(): Promise<void> {
    await this.context.sync();
    this.pending = 0;
  }
}

/** Consecutive row slices [start, end) whose cost stays under the budget (a larger row alone). */
export function rowChunks(
  costs: number[],
  budget: number,
): { start: number; end: number; bytes: number }[] {
  const chunks: { start: number; end: number; bytes: number }[] = [];
  let start = 0;
  let bytes = 0;
  costs.forEach((cost, i) => {
    if (i > start && bytes + cost > budget) {
      chunks.push({ start, end: i, bytes });
      start = i;
      bytes = 0;
    }
    bytes += cost;
  });
  if (costs.length > start) chunks.push({ start, end: costs.length, bytes });
  return chunks;
}
