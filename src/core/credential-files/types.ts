import type { Severity } from '../types';

/** Where a secret sits in a credential file's text: offsets and the value. */
export interface ISecretSpot {
  start: number;
  end: number;
  /** The value itself; only ever shown masked. */
  value: string;
}

/** What looking inside a known credential file found. */
export interface IInspection {
  /** The secret, when the format says where it is. */
  spot: ISecretSpot | null;
  /** Overrides the kind's severity (an encrypted SSH key is `info`). */
  severity?: Severity;
  /** One extra sentence about this file (for example, that the key is encrypted). */
  detail?: string;
}

/**
 * A kind of file that tools write credentials to: `~/.aws/credentials`, `.netrc`, an SSH key…
 *
 * Notes: recognised by its root-relative path (`/`-separated) and, when its text could be
 * read, confirmed by its content: a `.npmrc` without a token, an AWS `config` without keys
 * or an encrypted-at-rest Docker config (a credential helper) is no credential file.
 */
export interface ICredentialFileKind {
  /** Kebab-case id; reports name it `credential-file/<id>`. */
  id: string;
  /** Short name, e.g. "AWS credentials file". */
  title: string;
  /** What the file is and which tool writes it. */
  description: string;
  /** Why keeping it on a shared hub is risky. */
  risk: string;
  /** What to do instead: the hub's secret mechanism, short-lived credentials, or removing it. */
  remediation: string;
  /** How serious the file is when it holds a secret. */
  severity: Severity;
  /** Matched against the root-relative path. */
  path: RegExp;
  /** Paths the `path` pattern would take that are not this kind (`id_ed25519.pub`). */
  exclude?: RegExp;
  /**
   * Whether only the content says it is this kind (the path alone, say any `.json`,
   * does not): an unread file of such a path is not reported.
   */
  readonly byContentOnly?: boolean;
  /**
   * Confirms the file from its text: `null` means "not this kind after all" (no secret in
   * it). Without it, the path alone decides, for files that are never text (`credentials.db`).
   */
  inspect?: (text: string) => IInspection | null;
}

/** A file-level finding: the file is a known credential file, or one that others can read. */
export interface ICredentialFileFinding {
  /** `credential-file/<kind id>`, or `credential-file/readable-by-others`. */
  ruleId: string;
  /** The kind's id. */
  kind: string;
  title: string;
  severity: Severity;
  /** What it is, why it matters here, what to do: plain sentences, never the value. */
  message: string;
  remediation: string;
  /** 1-based line and column of the secret, when the format says where it is. */
  line: number | null;
  column: number | null;
  /** Offsets of the secret in the text, when known. */
  start: number | null;
  end: number | null;
  /** The secret masked, or null when there is none to show or a rule already shows it. */
  masked: string | null;
  /** Stable one-way id of (kind, path, secret). */
  fingerprint: string;
  /**
   * True when a detection rule already reported this file's secret: then this finding is
   * a per-file note (what the file is, what to do), not a second report of the value.
   */
  note: boolean;
}

/** What the walk knows about a file's permission bits. */
export interface IFilePermissions {
  groupReadable?: boolean;
  worldReadable?: boolean;
}
