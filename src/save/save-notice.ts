import { TranslationBundle } from '@jupyterlab/translation';

import { IFinding } from '../core';
import { translateRuleText } from '../i18n/rule-text';

/**
 * The findings of one credential type, for a message.
 */
export interface IFindingGroup {
  /**
   * The credential type, e.g. "GitHub token".
   */
  readonly title: string;
  /**
   * How many findings of this type.
   */
  readonly count: number;
  /**
   * Masked previews of the first few (never a full value).
   */
  readonly masked: readonly string[];
}

/**
 * Group findings by credential type, largest group first, then by title.
 *
 * @param findings - the findings of one document
 * @param maxMasked - how many masked previews to keep per type
 */
export function groupFindings(
  findings: readonly Pick<IFinding, 'title' | 'masked'>[],
  maxMasked = 2
): IFindingGroup[] {
  const groups = new Map<string, { count: number; masked: string[] }>();
  for (const finding of findings) {
    const group = groups.get(finding.title) ?? { count: 0, masked: [] };
    group.count++;
    if (
      group.masked.length < maxMasked &&
      !group.masked.includes(finding.masked)
    ) {
      group.masked.push(finding.masked);
    }
    groups.set(finding.title, group);
  }
  return [...groups.entries()]
    .map(([title, group]) => ({ title, ...group }))
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
}

/**
 * A key of the credentials in a document's content: the same set of findings gives
 * the same key, whatever their order or positions.
 *
 * #### Notes
 * Built from fingerprints, which are one-way: the key can be kept and compared
 * without holding a secret. `''` means no findings.
 */
export function findingsKey(
  findings: readonly Pick<IFinding, 'fingerprint'>[]
): string {
  if (findings.length === 0) {
    return '';
  }
  const sorted = findings.map(finding => finding.fingerprint).sort();
  return `${findings.length}:${hash(sorted.join(','))}`;
}

/**
 * The text of the save warning: the document, the number of credentials and their
 * types, with masked previews while it stays short.
 *
 * #### Notes
 * JupyterLab cuts notification messages at 140 characters, so previews go first,
 * then types beyond the first few, so that the count is never cut.
 *
 * @param trans - the translation bundle
 * @param name - the document's file name
 * @param findings - its findings (at least one)
 */
export function saveNoticeMessage(
  trans: TranslationBundle,
  name: string,
  findings: readonly Pick<IFinding, 'title' | 'masked'>[]
): string {
  const groups = groupFindings(findings);
  const describe = (withMasked: boolean, maxTypes: number) => {
    const shown = groups.slice(0, maxTypes).map(group => {
      const count = group.count > 1 ? ` ×${group.count}` : '';
      const masked =
        withMasked && group.masked.length > 0
          ? ` (${group.masked.join(', ')})`
          : '';
      return `${translateRuleText(trans, group.title)}${count}${masked}`;
    });
    const rest = groups.length - shown.length;
    const list = shown.join(', ');
    const types =
      rest > 0
        ? trans._n('%2 and %1 more type', '%2 and %1 more types', rest, list)
        : list;
    return trans._n(
      '%2 was saved with %1 credential: %3.',
      '%2 was saved with %1 credentials: %3.',
      findings.length,
      name,
      types
    );
  };
  const attempts: [boolean, number][] = [
    [true, groups.length],
    [false, groups.length],
    [false, 2],
    [false, 1]
  ];
  for (const [withMasked, maxTypes] of attempts) {
    const message = describe(withMasked, maxTypes);
    if (message.length <= MAX_MESSAGE) {
      return message;
    }
  }
  return describe(false, 1);
}

/**
 * The longest message a JupyterLab notification shows uncut.
 */
const MAX_MESSAGE = 140;

/**
 * 32-bit FNV-1a as 8 hex digits.
 */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(16).padStart(8, '0');
}
