import * as fs from 'fs';
import * as path from 'path';
import { builtinRules, IRule, outputText, seededRandom } from '../../core';
import { RuleIndex } from '../../core/rule-index';
import { ruleMatches } from '../../core/rule-matches';

const CORPUS = path.resolve(
  __dirname,
  '../../../../shared/corpus/real-notebooks'
);

/** `[index, text]` of every match, as `ruleMatches` gives them. */
function windowed(rule: IRule, text: string): [number, string][] {
  const next = ruleMatches(rule, rule.pattern, text);
  const out: [number, string][] = [];
  let match: RegExpExecArray | null;
  while ((match = next()) !== null) {
    out.push([match.index, match[0]]);
  }
  return out;
}

const index = new RuleIndex(builtinRules);

/** `windowed`, with the keyword positions the prefilter keeps (null for non-ASCII text). */
function fromPositions(rule: IRule, text: string): [number, string][] {
  index.candidates(text);
  const positions = index.keywordPositions(rule, text);
  const next = ruleMatches(rule, rule.pattern, text, positions);
  const out: [number, string][] = [];
  let match: RegExpExecArray | null;
  while ((match = next()) !== null) {
    out.push([match.index, match[0]]);
  }
  return out;
}

/** The same from a plain loop of `exec` over a copy of the pattern: every position tried. */
function everywhere(rule: IRule, text: string): [number, string][] {
  const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
  const out: [number, string][] = [];
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    out.push([match.index, match[0]]);
    if (match[0].length === 0) {
      pattern.lastIndex++;
    }
  }
  return out;
}

const toy = (keywordWithin: number): IRule => ({
  id: 'toy',
  title: 'toy',
  severity: 'warning',
  description: '',
  remediation: '',
  keywords: ['key', 'keyword'],
  keywordWithin,
  pattern: /(?:my_|the_)?key(?:word)?=(\w+)/gi,
  samples: { positive: [], negative: [] }
});

describe('#ruleMatches', () => {
  it('should give the matches of a global exec loop, trying only near the keywords', () => {
    const text = 'the_KEY=a1 my_keyword=b2 x key=c3 keykey=d4';
    expect(windowed(toy(4), text)).toEqual(everywhere(toy(4), text));
    expect(windowed(toy(4), text).map(m => m[1])).toEqual([
      'the_KEY=a1',
      'my_keyword=b2',
      'key=c3',
      'key=d4'
    ]);
  });

  it('should miss what starts further before a keyword than it says (the rule must tell the truth)', () => {
    expect(windowed(toy(2), 'the_key=a1')).toEqual([[4, 'key=a1']]);
    expect(windowed(toy(4), 'the_key=a1')).toEqual([[0, 'the_key=a1']]);
  });

  it('should run a rule without keywordWithin as a plain global search', () => {
    const rule = { ...toy(0), keywordWithin: undefined };
    expect(windowed(rule, 'the_key=a1 key=b')).toEqual(
      everywhere(rule, 'the_key=a1 key=b')
    );
  });
});

describe('rules with keywordWithin', () => {
  const rules = builtinRules.filter(rule => rule.keywordWithin !== undefined);

  it('should be some', () => {
    expect(rules.length).toBeGreaterThan(0);
  });

  // Texts where matches are: every rule's samples, alone and run together.
  const samples = builtinRules.flatMap(rule => [
    ...rule.samples.positive,
    ...rule.samples.negative
  ]);
  const texts = [...samples, samples.join('\n'), samples.join(' ')];

  it.each(rules.map(rule => [rule.id, rule] as const))(
    '%s should match as if every position were tried, on the samples of all rules',
    (_id, rule) => {
      for (const text of texts) {
        const expected = everywhere(rule, text);
        expect(windowed(rule, text)).toEqual(expected);
        expect(fromPositions(rule, text)).toEqual(expected);
      }
    }
  );

  it.each(rules.map(rule => [rule.id, rule] as const))(
    '%s should match as if every position were tried, on random texts of names, separators and values',
    (_id, rule) => {
      const pieces = [
        ...rule.keywords,
        ...rule.keywords.map(k => k.toUpperCase()),
        'api_',
        'subscription_',
        'consumer-',
        'HTTPDigest',
        'Basic',
        'my',
        '--',
        '_',
        '-',
        ' ',
        '  ',
        '\t',
        '\n',
        '=',
        ': ',
        '(',
        ', ',
        '"',
        "'",
        'r"',
        'user',
        ' -u ',
        'me:',
        'Zq8rT2mW9xPw4nV7cX2bLk5j',
        'hunter2x',
        'é'
      ];
      const random = seededRandom(`within|${rule.id}`);
      for (let n = 0; n < 1500; n++) {
        let text = '';
        for (let i = 2 + Math.floor(random() * 30); i > 0; i--) {
          text += pieces[Math.floor(random() * pieces.length)];
        }
        const expected = everywhere(rule, text);
        expect(windowed(rule, text)).toEqual(expected);
        expect(fromPositions(rule, text)).toEqual(expected);
      }
    }
  );

  const corpus = fs.existsSync(CORPUS)
    ? fs.readdirSync(CORPUS).filter(f => f.endsWith('.ipynb'))
    : [];
  (corpus.length > 0 ? it : it.skip)(
    'should match as if every position were tried, on the real-notebook corpus',
    () => {
      for (const file of corpus) {
        const notebook = JSON.parse(
          fs.readFileSync(path.join(CORPUS, file), 'utf8')
        );
        for (const cell of notebook.cells ?? []) {
          const parts = [
            [cell.source].flat().join(''),
            ...(cell.outputs ?? []).map(outputText)
          ];
          for (const text of parts) {
            for (const rule of rules) {
              const expected = everywhere(rule, text);
              expect(windowed(rule, text)).toEqual(expected);
              expect(fromPositions(rule, text)).toEqual(expected);
            }
          }
        }
      }
    }
  );
});
