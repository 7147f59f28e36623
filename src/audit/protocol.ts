/**
 * The messages between the page and the audit's Web Worker.
 *
 * The page sends the engine's settings once, then one file at a time: the body of the
 * server's file read, as bytes the worker takes over (transferred, not copied), so that
 * decoding and parsing a 10 MB notebook never run on the page's thread.
 */
import type { IScannerConfig } from '../core';
import type { IFilePermissions } from '../core/credential-files';
import type { IAuditFileResult } from '../core/file-walk';

/** How the worker reads a file from the server's file read endpoint itself. */
export interface IWorkerReader {
  /** The endpoint's URL, without the query. */
  url: string;
  /**
   * The batch read's URL (`credential-guard/files`), without the query: many files per
   * request, for `scanBatch` messages.
   */
  batchUrl?: string;
  /** Request headers: the app's token, when there is one. */
  headers: Record<string, string>;
  /** The fetch `credentials` mode, as the app's server connection uses it. */
  credentials: RequestCredentials;
}

/** Build the worker's engine; sent first, and again when the settings change. */
export interface IConfigureMessage {
  type: 'configure';
  config: IScannerConfig;
  /** How to read files for `scan` messages with `read: true`; none by default. */
  reader?: IWorkerReader | null;
}

/** Audit one file. */
export interface IScanMessage {
  type: 'scan';
  /** Matches the reply to the request. */
  id: number;
  path: string;
  kind: 'notebook' | 'text';
  permissions: IFilePermissions;
  /**
   * The file read's JSON answer (`{"text": …, "invalidUtf8": …}`), UTF-8 encoded, or
   * `null` to judge the file by its path alone (binary, too large, unreadable).
   */
  body: ArrayBuffer | null;
  /**
   * Read the file through the configured reader first (then `body` is `null`): the
   * worker fetches it, so its bytes never pass through the page.
   */
  read?: boolean;
}

/**
 * Read several files with one request of the batch read, and audit each as its bytes
 * arrive: one `result` (or `failed`) reply per file, with that file's id.
 */
export interface IScanBatchMessage {
  type: 'scanBatch';
  files: IBatchFile[];
}

/** One file of a `scanBatch` message. */
export interface IBatchFile {
  id: number;
  path: string;
  kind: 'notebook' | 'text';
  permissions: IFilePermissions;
}

/** What the page sends. */
export type AuditRequest = IConfigureMessage | IScanMessage | IScanBatchMessage;

/** The engine is built; `errors` are the settings it ignored. */
export interface IConfiguredMessage {
  type: 'configured';
  errors: string[];
}

/** A file was audited, or skipped for a reason found in its content. */
export interface IResultMessage {
  type: 'result';
  id: number;
  result: IAuditFileResult;
  /**
   * Set when the content could not be audited: then only the path was judged. A
   * `ContentSkip`, or, when the worker read the file, the file read's refusal
   * (`too-large`, `binary`…, see read-refusals.ts).
   */
  skipped: ContentSkip | string | null;
  /** Bytes of the file's text, for the progress bar. */
  bytes: number;
}

/** Auditing a file failed unexpectedly; the run goes on. */
export interface IFailedMessage {
  type: 'failed';
  id: number;
  message: string;
}

/**
 * Several files' replies in one message: a batch answers file by file, and one message
 * per file would cost the page a task each.
 */
export interface IRepliesMessage {
  type: 'replies';
  replies: (IResultMessage | IFailedMessage)[];
}

/** What the worker answers. */
export type AuditReply =
  IConfiguredMessage | IResultMessage | IFailedMessage | IRepliesMessage;

/** Why a file's content was not audited, found by the worker in the content. */
export type ContentSkip = 'invalid-utf8' | 'malformed-notebook' | 'bad-answer';
