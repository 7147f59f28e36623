/**
 * Shared context tables for the per-rule specs: the places where scientists paste
 * credentials, built around a secret generated at run time.
 */
import { Scanner } from '../../../core';

const scanner = new Scanner();

/** The rule ids the full scanner reports in a text. */
export function idsIn(text: string): string[] {
  return scanner.scanText(text).map(f => f.ruleId);
}

/** The rule ids the full scanner reports in one output. */
export function idsInOutput(output: unknown): string[] {
  return scanner.scanOutput(output).map(f => f.ruleId);
}

/** Source contexts for a self-identifying token (its prefix says what it is). */
export function sourceContexts(
  secret: string,
  envName: string
): [string, string][] {
  return [
    ['a code assignment', `value = "${secret}"`],
    ['a keyword argument', `client = Client(token="${secret}", timeout=10)`],
    ['an environment assignment', `${envName}=${secret}`],
    ['a %env magic', `%env ${envName}=${secret}`],
    ['an !export line', `!export ${envName}=${secret}`],
    ['a shell pipe', `!echo ${secret} | tool login --password-stdin`],
    ['markdown', `Paste the key (\`${secret}\`) into the form.`],
    ['JSON', `{"${envName.toLowerCase()}": "${secret}", "n": 1}`],
    ['an escaped JSON string', JSON.stringify(JSON.stringify({ key: secret }))],
    ['a single-quoted dict', `cfg = {'token': '${secret}'}`]
  ];
}

/** Output contexts for a secret: stream, reprs, HTML, JSON and a coloured traceback. */
export function outputContexts(secret: string): [string, unknown][] {
  return [
    [
      'stream output',
      {
        output_type: 'stream',
        name: 'stdout',
        text: [`using ${secret}\n`, 'done\n']
      }
    ],
    [
      'an execute_result repr',
      {
        output_type: 'execute_result',
        execution_count: 1,
        metadata: {},
        data: { 'text/plain': [`{'token': '${secret}'}`] }
      }
    ],
    [
      'HTML output',
      {
        output_type: 'display_data',
        metadata: {},
        data: { 'text/html': `<td>${secret}</td>` }
      }
    ],
    [
      'JSON output',
      {
        output_type: 'display_data',
        metadata: {},
        data: { 'application/json': { token: secret } }
      }
    ],
    [
      'a traceback with ANSI codes',
      {
        output_type: 'error',
        ename: 'HTTPError',
        evalue: '401',
        traceback: [
          '\u001b[0;31m---------------------------------------------------------------------------\u001b[0m',
          `\u001b[0;31mHTTPError\u001b[0m: 401 for url with key \u001b[1;32m${secret}\u001b[0m`
        ]
      }
    ]
  ];
}

/**
 * The shared context checks for a self-identifying token: `ruleId` must be reported in
 * every source context and every output context built around `secret`.
 */
export function describeContexts(
  ruleId: string,
  secret: string,
  envName: string
): void {
  describe(ruleId, () => {
    it.each(sourceContexts(secret, envName))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain(ruleId);
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain(ruleId);
      }
    );
  });
}

/** A table row: why, the text, the rule id, how many findings of it. */
export type Case = [string, string, string, number];

/** Run a table of cases against the full scanner. */
export function checkCases(cases: Case[]): void {
  it.each(cases)('should handle %s', (_reason, text, ruleId, expected) => {
    expect(idsIn(text).filter(id => id === ruleId)).toHaveLength(expected);
  });
}
