/**
 * The frames of the server's batch read (`credential-guard/files`, docs/admin.md): per file,
 * a JSON header line `{"index", "status", "size"}`, then `size` bytes when the status is 200.
 * Pure, so that jest drives it with any chunking.
 */

/** One file of a batch answer. */
export interface IBatchFrame {
  /** The file's position in the request. */
  index: number;
  /** 200, or the single file read's refusal status. */
  status: number;
  /** The file's bytes, for status 200. */
  bytes: Uint8Array | null;
}

/** Raised for an answer that does not follow the format. */
export class BadFrames extends Error {
  constructor(what: string) {
    super(`the batch read's answer is malformed: ${what}`);
  }
}

// A header is a few dozen bytes: a longer "line" means the stream is not frames.
const MAX_HEADER_BYTES = 256;
const NEWLINE = 0x0a;

/**
 * The frames of an answer, in order, as its chunks arrive.
 *
 * @throws BadFrames for a bad header or an answer cut inside a frame
 *
 * Notes: each byte is copied once, into its file's buffer; work is linear in the answer.
 */
export async function* batchFrames(
  chunks: AsyncIterable<Uint8Array>
): AsyncGenerator<IBatchFrame> {
  let header: number[] = [];
  // The frame whose bytes are being filled, and how many it has.
  let body: { frame: IBatchFrame; bytes: Uint8Array; filled: number } | null =
    null;
  for await (const chunk of chunks) {
    let at = 0;
    while (at < chunk.length) {
      if (body) {
        const take = Math.min(
          chunk.length - at,
          body.bytes.length - body.filled
        );
        body.bytes.set(chunk.subarray(at, at + take), body.filled);
        body.filled += take;
        at += take;
        if (body.filled === body.bytes.length) {
          yield body.frame;
          body = null;
        }
        continue;
      }
      const end = chunk.indexOf(NEWLINE, at);
      const stop = end === -1 ? chunk.length : end;
      for (let i = at; i < stop; i++) {
        header.push(chunk[i]);
      }
      if (header.length > MAX_HEADER_BYTES) {
        throw new BadFrames('a header line is too long');
      }
      at = stop;
      if (end === -1) {
        break;
      }
      at = end + 1;
      const { frame, size } = parseHeader(header);
      header = [];
      if (frame.status !== 200) {
        yield frame;
      } else if (size === 0) {
        yield { ...frame, bytes: new Uint8Array(0) };
      } else {
        const bytes = new Uint8Array(size);
        body = { frame: { ...frame, bytes }, bytes, filled: 0 };
      }
    }
  }
  if (body || header.length > 0) {
    throw new BadFrames('it ends inside a frame');
  }
}

function parseHeader(bytes: number[]): { frame: IBatchFrame; size: number } {
  let value: { index?: unknown; status?: unknown; size?: unknown };
  try {
    value = JSON.parse(String.fromCharCode(...bytes));
  } catch {
    throw new BadFrames('a header is not JSON');
  }
  const { index, status, size } = value ?? {};
  if (!isCount(index) || !isCount(status)) {
    throw new BadFrames('a header has no index or status');
  }
  if (status === 200 && !isCount(size)) {
    throw new BadFrames('a header has no size');
  }
  return {
    frame: { index, status, bytes: null },
    size: status === 200 ? (size as number) : 0
  };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
