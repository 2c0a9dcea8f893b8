import { apiVersion, excelError, PAYLOAD_LIMIT } from './limits';
import type { WorkbookModel } from './model';

/**
 * The request queue of one Excel.run, as Office.js batches it: property sets, method calls and
 * loads are queued, and run in order at context.sync(). Each sync's request (the queued
 * commands with their arguments, serialised) and response (the loaded values) are measured;
 * either over the limit fails the sync as Excel on the web does. A command that fails stops the
 * batch there (earlier commands stay done) with Excel's error code. A member beyond the
 * workbook's ExcelApi version fails with ApiNotFound.
 */

/** Office.js sends each command with its object path and ids: counted as a fixed overhead. */
export const COMMAND_OVERHEAD = 40;

export interface SyncStat {
  request: number;
  response: number;
  commands: number;
}

interface Command {
  member: string;
  bytes: number;
  /** Runs the command; a load returns its response data and a commit to call once received. */
  run: () => { data: unknown; commit: () => void } | void;
}

const encoder = new TextEncoder();

export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? '').length;
}

/** Arguments as they travel: client objects by reference, not by content. */
function wire(args: unknown[]): unknown[] {
  return args.map((a) => (a && typeof a === 'object' && 'session' in a ? { _ref: 1 } : a));
}

export class Session {
  private queue: Command[] = [];
  readonly stats: SyncStat[] = [];

  constructor(
    readonly model: WorkbookModel,
    readonly version: number,
    readonly limit: number = PAYLOAD_LIMIT,
  ) {}

  /** Queue a set or a call; `run` applies it to the model when the batch runs. */
  command(member: string, args: unknown[], run: () => void): void {
    this.queue.push({
      member,
      bytes: COMMAND_OVERHEAD + jsonBytes(wire(args)),
      run,
    });
  }

  /** Queue a load: `read` gives the values when the batch runs, `commit` stores them. */
  load<T>(member: string, what: unknown, read: () => T, commit: (value: T) => void): void {
    this.queue.push({
      member,
      bytes: COMMAND_OVERHEAD + jsonBytes(what),
      run: () => {
        const data = read();
        return { data, commit: () => commit(data) };
      },
    });
  }

  /** Commands queued since the last sync. */
  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const request = batch.reduce((sum, c) => sum + c.bytes, 0);
    const stat: SyncStat = { request, response: 0, commands: batch.length };
    this.stats.push(stat);
    // Office.js answers asynchronously.
    await new Promise((resolve) => setImmediate(resolve));
    if (request > this.limit) {
      throw excelError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size has exceeded the limit (${request} bytes).`,
      );
    }
    const received: (() => void)[] = [];
    for (const c of batch) {
      if (apiVersion(c.member) > this.version) {
        throw excelError(
          'ApiNotFound',
          `The requested API ${c.member} is not available (ExcelApi 1.${apiVersion(c.member)}, this Excel has 1.${this.version}).`,
        );
      }
      const loaded = c.run();
      if (loaded) {
        stat.response += jsonBytes(loaded.data);
        received.push(loaded.commit);
      }
    }
    if (stat.response > this.limit) {
      throw excelError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${stat.response} bytes).`,
      );
    }
    for (const commit of received) commit();
  }
}

/** What a client object gives back for a property read before it was loaded and synced. */
export function notLoaded(property: string): Error {
  return excelError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
