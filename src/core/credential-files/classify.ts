/* eslint-disable jupyter/no-untranslated-string -- kind titles are data; the UI translates them */
import { fingerprint } from '../fingerprint';
import { LineIndex } from '../line-index';
import { mask } from '../mask';
import type { Severity } from '../types';
import { credentialFileKinds } from './catalog';
import type {
  ICredentialFileFinding,
  ICredentialFileKind,
  IFilePermissions,
  IInspection
} from './types';

/** A span a detection rule already reported in the same text. */
export interface IRuleSpan {
  start: number;
  end: number;
}

/** Everything known about one file, for `credentialFileFindings`. */
export interface ICredentialFileInput {
  /** Root-relative path with `/` separators. */
  path: string;
  /** The file's text, or `null` when it was not read (binary, too large, unreadable). */
  text: string | null;
  /** What the engine's rules found in `text`: their spans decide what is a duplicate. */
  ruleFindings?: readonly IRuleSpan[];
  /** Permission bits from the walk. */
  permissions?: IFilePermissions;
}

/** The id of the finding for a credential file that other users may read. */
export const READABLE_BY_OTHERS = 'credential-file/readable-by-others';

/**
 * The known credential file kind a path names, before looking inside.
 *
 * @param path - root-relative, `/`-separated
 */
export function credentialFileKind(path: string): ICredentialFileKind | null {
  for (const kind of credentialFileKinds) {
    if (kind.path.test(path) && !kind.exclude?.test(path)) {
      return kind;
    }
  }
  return null;
}

/**
 * File-level findings for one file: that it is a known credential file, and that others
 * can read it.
 *
 * @returns none for an ordinary file, one or two for a credential file
 *
 * Notes: a path that names a credential file whose text holds no credential (an empty
 * `.netrc`, a `.npmrc` without token) gives nothing. When a rule already reported the
 * file's secret, the file finding is a note (`info`, no value) rather than a second
 * report of the same value. An unread file is judged by its path alone.
 */
export function credentialFileFindings(
  input: ICredentialFileInput
): ICredentialFileFinding[] {
  const kind = credentialFileKind(input.path);
  if (!kind || (input.text === null && kind.byContentOnly)) {
    return [];
  }
  let inspection: IInspection | null = { spot: null };
  if (input.text !== null && kind.inspect) {
    inspection = kind.inspect(input.text);
    if (!inspection) {
      return [];
    }
  }
  const found = [fileFinding(kind, input, inspection)];
  const perms = input.permissions;
  if (perms?.groupReadable || perms?.worldReadable) {
    found.push(readableFinding(kind, input.path, perms));
  }
  return found;
}

function fileFinding(
  kind: ICredentialFileKind,
  input: ICredentialFileInput,
  inspection: IInspection
): ICredentialFileFinding {
  const spot = inspection.spot;
  const duplicate =
    spot !== null &&
    (input.ruleFindings ?? []).some(
      f => f.start < spot.end && spot.start < f.end
    );
  let line: number | null = null;
  let column: number | null = null;
  if (spot && input.text !== null) {
    ({ line, column } = new LineIndex(input.text).position(spot.start));
  }
  const severity: Severity = duplicate
    ? 'info'
    : (inspection.severity ??
      (input.text === null ? 'warning' : kind.severity));
  const unread =
    input.text === null
      ? ' Its content was not read; it is reported by its path.'
      : '';
  return {
    ruleId: `credential-file/${kind.id}`,
    kind: kind.id,
    title: kind.title,
    severity,
    message: [kind.description, inspection.detail, kind.risk]
      .filter(Boolean)
      .join(' ')
      .concat(unread),
    remediation: kind.remediation,
    line,
    column,
    start: spot?.start ?? null,
    end: spot?.end ?? null,
    masked: spot && !duplicate ? mask(spot.value) : null,
    fingerprint: fingerprint(
      `credential-file/${kind.id}`,
      `${input.path}\u0000${spot?.value ?? ''}`
    ),
    note: duplicate
  };
}

function readableFinding(
  kind: ICredentialFileKind,
  path: string,
  perms: IFilePermissions
): ICredentialFileFinding {
  const who = perms.worldReadable ? 'every user of this machine' : 'its group';
  return {
    ruleId: READABLE_BY_OTHERS,
    kind: 'readable-by-others',
    title: 'Credential file readable by others',
    severity: perms.worldReadable ? 'error' : 'warning',
    message: `This ${kind.title} can be read by ${who}, not only by you.`,
    remediation: `Restrict it to yourself with \`chmod 600 ${shellQuote(path)}\`, and better, remove the credential from the hub.`,
    line: null,
    column: null,
    start: null,
    end: null,
    masked: null,
    fingerprint: fingerprint(READABLE_BY_OTHERS, path),
    note: false
  };
}

/** A path safe to paste into a shell command. */
function shellQuote(path: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(path)
    ? path
    : `'${path.replace(/'/g, `'\\''`)}'`;
}
