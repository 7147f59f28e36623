/**
 * The forms table: every form put in every place where it makes sense, a few times with
 * fresh random values, and scanned with the full scanner.
 */
import { IForm } from './form';
import { FILE_FORMS } from './forms-files';
import { KEY_FORMS } from './forms-keys';
import { LAYOUT_FORMS } from './forms-layouts';
import { NAME_FORMS } from './forms-names';
import { SHELL_FORMS } from './forms-shell';
import { outputText } from '../../../core';
import { IOutcome, judge, Place, Placed, place, PLACES } from './places';
import { Values } from './values';

export const FORMS: IForm[] = [
  ...NAME_FORMS,
  ...FILE_FORMS,
  ...LAYOUT_FORMS,
  ...SHELL_FORMS,
  ...KEY_FORMS
];

/** Positive rows per form and place (each with its own values). */
export const SAMPLES = 4;
/** Rows per negative maker and place. */
export const NEGATIVE_SAMPLES = 2;

/** One scanned row. */
export interface IResult extends IOutcome {
  form: string;
  place: Place;
  seed: string;
  positive: boolean;
  text: string;
  secret: string;
}

/** Every row of the table, scanned. */
export function runTable(forms: IForm[] = FORMS): IResult[] {
  const out: IResult[] = [];
  for (const form of forms) {
    for (const where of PLACES) {
      for (let i = 0; i < SAMPLES; i++) {
        const seed = `${form.id}|${where}|${i}`;
        const r = form.make(new Values(seed));
        const placed = place(r, where);
        if (placed) {
          const text = shown(placed);
          out.push({
            form: form.id,
            place: where,
            seed,
            positive: true,
            text,
            secret: r.secret,
            ...judge(placed, r.secret)
          });
        }
      }
      form.negatives.forEach((negative, n) => {
        for (let i = 0; i < NEGATIVE_SAMPLES; i++) {
          const seed = `${form.id}|${where}|neg${n}|${i}`;
          const r = negative(new Values(seed));
          const placed = place(r, where);
          if (placed) {
            const text = shown(placed);
            out.push({
              form: form.id,
              place: where,
              seed,
              positive: false,
              text,
              secret: '',
              ...judge(placed, '')
            });
          }
        }
      });
    }
  }
  return out;
}

/** Whether a row came out as labelled. */
export function ok(r: IResult): boolean {
  return r.positive
    ? r.covered && r.elsewhere === 0
    : r.ids.length === 0 && r.elsewhere === 0;
}

/** The per-form summary: found/total positives, flagged/total negatives. */
export function summary(results: IResult[]): string {
  const lines = [
    '| form | found / positives | flagged / negatives |',
    '|---|---|---|'
  ];
  let fp = 0;
  let tp = 0;
  let fn = 0;
  let tn = 0;
  for (const form of FORMS) {
    const mine = results.filter(r => r.form === form.id);
    const pos = mine.filter(r => r.positive);
    const neg = mine.filter(r => !r.positive);
    const found = pos.filter(ok).length;
    const flagged = neg.filter(r => !ok(r)).length;
    tp += found;
    fp += flagged;
    fn += pos.length;
    tn += neg.length;
    lines.push(
      `| ${form.id} | ${found}/${pos.length} | ${flagged}/${neg.length} |`
    );
  }
  lines.push(
    `| **all ${FORMS.length} forms** | **${tp}/${fn}** | **${fp}/${tn}** |`
  );
  return lines.join('\n');
}

/** The text a placed row is scanned as (the output's text for an output). */
function shown(placed: Placed): string {
  if ('file' in placed) {
    return placed.file;
  }
  return placed.output ? outputText(placed.output) : placed.source;
}
