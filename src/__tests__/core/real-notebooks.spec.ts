import * as fs from 'fs';
import * as path from 'path';
import { INotebookFinding, Scanner } from '../../core';

/**
 * Public, executed notebooks (see PROVENANCE.md there). CI clones the repository to
 * another folder with a copy of `shared/` beside it, so the path is relative.
 */
const CORPUS = path.resolve(
  __dirname,
  '../../../../shared/corpus/real-notebooks'
);

/**
 * Genuine credentials in the corpus, each checked by hand: `file|rule|cell|where`.
 * Everything else the scanner reports there is a false positive to fix in the rules.
 */
const GENUINE: string[] = [
  // An AppEEARS login token (expired in 2023) printed by `token_response` after logging
  // in: the genuine credential PROVENANCE.md mentions.
  'NASA-Openscapes__earthdata-cloud-cookbook__external__appeears_csv_cloud_access.ipynb|generic-api-key|10|outputs[0]',
  // Earthdata Login web-session cookies (`_urs-gui_session`, 32 hex): harmony-py's
  // `request_as_curl()` masks the `token` cookie but prints the session cookie in full.
  'NASA-Openscapes__earthdata-cloud-cookbook__tutorials__Harmony.ipynb|session-cookie|53|outputs[0]',
  'NASA-Openscapes__earthdata-cloud-cookbook__tutorials__Harmony.ipynb|session-cookie|54|outputs[0]',
  'podaac__tutorials__notebooks__Cloud L2SS subset and plot - JH.ipynb|session-cookie|9|outputs[0]',
  'podaac__tutorials__notebooks__SWOT-EA-2021__Estuary_explore_inCloud_zarr.ipynb|session-cookie|26|outputs[0]'
];

describe('real notebooks', () => {
  const present = fs.existsSync(CORPUS);
  if (!present) {
    it('should be skipped when the corpus is absent', () => {
      console.log(`real-notebooks corpus not found at ${CORPUS}; skipped`);
    });
    return;
  }
  const files = fs
    .readdirSync(CORPUS)
    .filter(f => f.endsWith('.ipynb'))
    .sort();
  const scanner = new Scanner();
  const found: { file: string; finding: INotebookFinding }[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const result = scanner.scanNotebookJson(
      fs.readFileSync(path.join(CORPUS, file), 'utf-8')
    );
    result.findings.forEach(finding => found.push({ file, finding }));
    result.errors.forEach(e => errors.push(`${file}: ${e}`));
  }

  it('should scan every notebook without errors', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });

  it('should report only the genuine credentials as errors or warnings', () => {
    const lines = found.map(
      ({ file, finding: f }) =>
        `${f.severity.padEnd(7)} ${file} ${f.ruleId} cell ${f.cell} ${f.where} ${f.line}:${f.column} ${f.masked}`
    );
    // The list for a closing note, on demand: test output stays quiet otherwise.
    if (process.env.REAL_NOTEBOOKS_LIST) {
      console.log(
        `real notebooks: ${found.length} finding(s)\n${lines.join('\n')}`
      );
    }
    const unexpected = found
      .filter(({ finding: f }) => f.severity !== 'info')
      .map(({ file, finding: f }) => `${file}|${f.ruleId}|${f.cell}|${f.where}`)
      .filter(key => !GENUINE.includes(key));
    expect(unexpected).toEqual([]);
  });
});
