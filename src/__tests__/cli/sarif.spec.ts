import { FINGERPRINT_KEY, toUri } from '../../cli/formats/sarif';
import {
  cleanTrees,
  githubToken,
  notebook,
  run,
  streamOutput,
  tempTree
} from './helpers';

afterEach(cleanTrees);

/**
 * Checks the parts of a SARIF 2.1.0 log that GitHub code scanning requires or
 * reads (see its "SARIF support for code scanning" page), and returns the
 * problems found.
 */
function sarifProblems(log: any): string[] {
  const problems: string[] = [];
  const need = (ok: unknown, what: string): void => {
    if (!ok) {
      problems.push(what);
    }
  };
  need(typeof log.$schema === 'string', '$schema');
  need(log.version === '2.1.0', 'version 2.1.0');
  need(Array.isArray(log.runs) && log.runs.length === 1, 'one run');
  const run = log.runs?.[0] ?? {};
  const driver = run.tool?.driver ?? {};
  need(driver.name, 'driver.name');
  need(
    /^https:\/\//.test(driver.informationUri ?? ''),
    'driver.informationUri'
  );
  need(/^\d+\.\d+\.\d+/.test(driver.version ?? ''), 'driver.version');
  need(Array.isArray(driver.rules) && driver.rules.length > 0, 'driver.rules');
  const ruleIds: string[] = (driver.rules ?? []).map((r: any) => r.id);
  need(new Set(ruleIds).size === ruleIds.length, 'unique rule ids');
  for (const rule of driver.rules ?? []) {
    const id = rule.id;
    need(typeof id === 'string' && id.length > 0, 'rule.id');
    need(/^[A-Za-z0-9]+$/.test(rule.name ?? ''), `${id}: name`);
    need(rule.shortDescription?.text, `${id}: shortDescription`);
    need(rule.fullDescription?.text, `${id}: fullDescription`);
    need(rule.help?.text, `${id}: help`);
    need(
      ['error', 'warning', 'note'].includes(rule.defaultConfiguration?.level),
      `${id}: defaultConfiguration.level`
    );
    need(rule.properties?.tags?.includes('security'), `${id}: security tag`);
    const score = Number(rule.properties?.['security-severity']);
    need(score >= 0 && score <= 10, `${id}: security-severity`);
  }
  need(Array.isArray(run.results), 'results');
  for (const result of run.results ?? []) {
    const id = result.ruleId;
    need(ruleIds.includes(id), `${id}: ruleId names a rule`);
    need(ruleIds[result.ruleIndex] === id, `${id}: ruleIndex`);
    need(['error', 'warning', 'note'].includes(result.level), `${id}: level`);
    need(typeof result.message?.text === 'string', `${id}: message.text`);
    need(
      typeof result.partialFingerprints?.[FINGERPRINT_KEY] === 'string',
      `${id}: partialFingerprints`
    );
    need(result.locations?.length === 1, `${id}: one location`);
    const physical = result.locations?.[0]?.physicalLocation ?? {};
    const uri: string = physical.artifactLocation?.uri ?? '';
    need(
      uri !== '' && !uri.includes('\\') && !/^[a-z]+:|^\//i.test(uri),
      `${id}: relative uri with forward slashes (${uri})`
    );
    need(physical.region?.startLine >= 1, `${id}: startLine >= 1`);
    need(physical.region?.startColumn >= 1, `${id}: startColumn >= 1`);
  }
  return problems;
}

describe('SARIF output', () => {
  const tokens = {
    source: githubToken('sarif-src'),
    output: githubToken('sarif-out'),
    text: githubToken('sarif-txt')
  };
  const tree = (): string =>
    tempTree({
      'notebooks/my analysis.ipynb': notebook([
        { source: `import os\nTOKEN = "${tokens.source}"\n` },
        { source: 'print(1)\n', outputs: [streamOutput(tokens.output)] }
      ]),
      'deploy/settings.yaml': `name: demo\ntoken: ${tokens.text}\n`
    });

  it('should produce a log that satisfies GitHub code scanning', () => {
    const result = run(['scan', '--format', 'sarif'], tree());
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout);
    expect(sarifProblems(log)).toEqual([]);
    expect(log.runs[0].results).toHaveLength(3);
  });

  it('should give uris, regions and cells for each result', () => {
    const log = JSON.parse(run(['scan', '-f', 'sarif'], tree()).stdout);
    const places = log.runs[0].results.map((r: any) => {
      const loc = r.locations[0];
      return [
        loc.physicalLocation.artifactLocation.uri,
        loc.physicalLocation.region.startLine,
        loc.logicalLocations?.[0]?.fullyQualifiedName ?? null
      ];
    });
    expect(places).toEqual([
      ['deploy/settings.yaml', 2, null],
      ['notebooks/my%20analysis.ipynb', expect.any(Number), 'cells[0].source'],
      [
        'notebooks/my%20analysis.ipynb',
        expect.any(Number),
        'cells[1].outputs[0]'
      ]
    ]);
    expect(log.runs[0].results[1].message.text).toContain('cell 1 source');
  });

  it('should keep values out of the log, and map severities to levels', () => {
    const result = run(['scan', '-f', 'sarif', '--show-secrets'], tree());
    for (const token of Object.values(tokens)) {
      expect(result.stdout).not.toContain(token);
    }
    const log = JSON.parse(result.stdout);
    for (const r of log.runs[0].results) {
      const rule = log.runs[0].tool.driver.rules[r.ruleIndex];
      expect(r.level).toBe(rule.defaultConfiguration.level);
    }
  });

  it('should report read errors as notifications and a failed execution', () => {
    const root = tempTree({ 'bad.ipynb': '[1, 2' });
    const result = run(['scan', '-f', 'sarif'], root);
    expect(result.code).toBe(2);
    const log = JSON.parse(result.stdout);
    expect(sarifProblems(log)).toEqual([]);
    const invocation = log.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications[0].message.text).toContain(
      'bad.ipynb'
    );
  });
});

describe('#toUri', () => {
  it.each([
    ['a/b.ipynb', 'a/b.ipynb'],
    ['./a/b.py', 'a/b.py'],
    ['a\\b c.py', 'a/b%20c.py'],
    ['../up/#1.ipynb', '../up/%231.ipynb']
  ])('should turn %s into %s', (file, uri) => {
    expect(toUri(file)).toBe(uri);
  });
});
