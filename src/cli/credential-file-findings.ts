/* eslint-disable jupyter/no-untranslated-string -- rule titles are data, as in src/core/rules */
/**
 * The file-level findings of known credential files (`src/core/credential-files`), in the
 * CLI's record shape, and their kinds as rules for the SARIF rule table.
 */
import {
  credentialFileFindings,
  credentialFileKinds,
  READABLE_BY_OTHERS
} from '../core/credential-files';
import type { IFinding, IRule } from '../core';
import type { ICliFinding } from './report';
import type { IFileEntry } from './walk';

/**
 * What the path and format of a text file say, given the rules' findings in it.
 *
 * @param text - the file's text, or `null` for a file judged by its path alone
 */
export function fileLevelFindings(
  entry: IFileEntry,
  text: string | null,
  ruleFindings: readonly IFinding[]
): ICliFinding[] {
  return credentialFileFindings({
    path: entry.display.split(/[\\/]/).join('/'),
    text,
    ruleFindings,
    permissions: {
      groupReadable: entry.groupReadable,
      worldReadable: entry.worldReadable
    }
  }).map(f => ({
    ruleId: f.ruleId,
    title: f.title,
    severity: f.severity,
    start: f.start ?? 0,
    end: f.end ?? 0,
    line: f.line ?? 1,
    column: f.column ?? 1,
    // Never the value: a note has none, and the mask is all a report may show.
    masked: f.masked ?? '',
    fingerprint: f.fingerprint,
    cell: null,
    cellId: null,
    where: 'source',
    fileLine: f.line ?? 1,
    fileColumn: f.column ?? 1
  }));
}

/** Each credential file kind as a rule, for the formatters' rule metadata. */
export const credentialFileRules: readonly IRule[] = [
  ...credentialFileKinds.map(kind => ({
    id: `credential-file/${kind.id}`,
    title: kind.title,
    severity: kind.severity,
    description: `${kind.description} ${kind.risk}`,
    remediation: kind.remediation,
    keywords: [],
    pattern: /(?!)/g,
    samples: { positive: [], negative: [] }
  })),
  {
    id: READABLE_BY_OTHERS,
    title: 'Credential file readable by others',
    severity: 'warning',
    description:
      'A credential file whose permissions let other users of the machine read it.',
    remediation:
      'Restrict it to its owner (chmod 600), and better, remove the credential.',
    keywords: [],
    pattern: /(?!)/g,
    samples: { positive: [], negative: [] }
  }
];
