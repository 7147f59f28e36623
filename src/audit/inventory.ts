/**
 * The server's inventory, read as it streams: one JSON record per line (NDJSON).
 * See docs/admin.md, "Server extension", for the format.
 */
import type { SkipReason } from '../core/file-walk';

/** A listed file. */
export interface IInventoryFile {
  type: 'file';
  path: string;
  size: number;
  mtime: number;
  groupReadable?: boolean;
  worldReadable?: boolean;
  kind: 'notebook' | 'binary' | 'text';
  linkTarget?: string;
}

/** A folder or file the walk left out. */
export interface IInventorySkip {
  type: 'skip';
  path: string;
  reason: SkipReason | string;
}

/** The last line of a complete walk. */
export interface IInventorySummary {
  type: 'summary';
  files: number;
  bytes: number;
  skipped: Record<string, number>;
  truncated: boolean;
  reason: string | null;
}

/** The walk failed; the last line. */
export interface IInventoryError {
  type: 'error';
  message: string;
}

/** One line of the inventory. */
export type InventoryRecord =
  IInventoryFile | IInventorySkip | IInventorySummary | IInventoryError;

/**
 * Split a byte stream into NDJSON records, as the bytes arrive.
 *
 * @param chunks - the response body's chunks (`response.body.getReader()`)
 * @returns the records, in order; a line that is not JSON becomes an `error` record
 *
 * Notes: a UTF-8 character split across chunks is kept whole by the streaming decoder;
 * a line split across chunks waits for its end. Each chunk costs time linear in its size.
 */
export async function* ndjsonRecords(
  chunks: AsyncIterable<Uint8Array>
): AsyncGenerator<InventoryRecord> {
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of chunks) {
    const text = rest + decoder.decode(chunk, { stream: true });
    const lines = text.split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      const record = parseLine(line);
      if (record) {
        yield record;
      }
    }
  }
  const last = parseLine(rest + decoder.decode());
  if (last) {
    yield last;
  }
}

/** The chunks of a `ReadableStream` reader, as an async iterable; cancels it when left early. */
export async function* readerChunks(
  reader: ReadableStreamDefaultReader<Uint8Array>
): AsyncGenerator<Uint8Array> {
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        return;
      }
      if (value) {
        yield value;
      }
    }
  } finally {
    // Leaving the loop early (Cancel) closes the connection; the server stops walking.
    void reader.cancel().catch(() => undefined);
  }
}

function parseLine(line: string): InventoryRecord | null {
  if (line.trim() === '') {
    return null;
  }
  try {
    const record = JSON.parse(line);
    if (record && typeof record.type === 'string') {
      return record as InventoryRecord;
    }
  } catch {
    // Fall through: a cut-off or garbled line.
  }
  return {
    type: 'error',
    message: 'the inventory sent a line that is not JSON'
  };
}
