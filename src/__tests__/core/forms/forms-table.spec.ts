/**
 * The generated forms table of issue 14: one row per form × place, values made at test
 * time from a seed (the row's name), negatives for each form. Set FORMS_TABLE=1 to print
 * the per-form summary, and FORMS_TABLE=misses to print each failing row too.
 */
import { PLACES } from './places';
import { FORMS, IResult, ok, runTable, summary } from './table';

const results = runTable();

/**
 * Rows known to fail, with why. They still count as misses in the printed table.
 */
const KNOWN: Record<string, string> = {};

if (process.env.FORMS_TABLE) {
  // eslint-disable-next-line no-console -- asked for with FORMS_TABLE
  console.log(summary(results));
  if (process.env.FORMS_TABLE === 'misses') {
    // eslint-disable-next-line no-console -- asked for with FORMS_TABLE=misses
    console.log(
      results
        .filter(r => !ok(r))
        .map(describeRow)
        .join('\n\n')
    );
  }
}

function describeRow(r: IResult): string {
  const what = r.positive
    ? r.covered
      ? `found, +${r.elsewhere} elsewhere`
      : `missed (got ${r.ids.join(',') || 'nothing'})`
    : `flagged ${r.ids.join(',')}`;
  return `[${r.seed}] ${what}\n${r.text}`;
}

describe('forms table', () => {
  const cells = FORMS.flatMap(form =>
    PLACES.map(where => [form.id, where] as const)
  );

  it('should place every form somewhere, with positives and negatives', () => {
    for (const form of FORMS) {
      const mine = results.filter(r => r.form === form.id);
      expect([
        form.id,
        mine.some(r => r.positive),
        mine.some(r => !r.positive)
      ]).toEqual([form.id, true, true]);
    }
  });

  it.each(cells)(
    'should find %s in a %s, and flag none of its negatives',
    (form, where) => {
      const failed = results
        .filter(
          r => r.form === form && r.place === where && !ok(r) && !KNOWN[r.seed]
        )
        .map(describeRow);
      expect(failed).toEqual([]);
    }
  );
});
