/**
 * The places of the forms table: each puts a rendered form where people put it in a
 * notebook or a file, and says where a finding for it must be reported.
 */
import { outputText, Scanner } from '../../../core';

/** What a form renders: Python code, a config file, a shell command, prose or a log line. */
export type Kind = 'code' | 'config' | 'shell' | 'prose' | 'log';

/** One rendered form, before it is put in a place. */
export interface IRow {
  kind: Kind;
  /** The form's text. */
  text: string;
  /** The credential as it appears in `text` ('' for a negative row). */
  secret: string;
  /** The file a config form is written to (`~/.pgpass`). */
  file?: string;
  /** The form as a `%env`/`!` line, when it has one of its own. */
  env?: string;
  /** The form as printed by Python (`execute_result`), when not `repr(text)`. */
  repr?: string;
  /**
   * The source of the cell whose output the form is, for forms that are only outputs
   * (a value printed alone, judged by the source that printed it).
   */
  printedBy?: { stream: string; result: string };
}

export const PLACES = [
  'code cell',
  'markdown cell',
  'raw cell',
  '%env/! line',
  '%%writefile',
  'text file',
  'stream output',
  'execute_result',
  'traceback'
] as const;

export type Place = (typeof PLACES)[number];

/** A notebook cell (source, outputs) or a plain text, ready to scan. */
export type Placed =
  | { file: string }
  | { cellType: 'code' | 'markdown' | 'raw'; source: string; output?: unknown };

const FENCE: Record<Kind, string> = {
  code: 'python',
  config: 'ini',
  shell: 'bash',
  prose: '',
  log: 'text'
};

/** A Python string literal for `text`, as Python's repr writes it. */
export function pyRepr(text: string): string {
  const q = text.includes("'") && !text.includes('"') ? '"' : "'";
  const body = text
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .split(q)
    .join(`\\${q}`);
  return `${q}${body}${q}`;
}

/** Python source that prints `text` (a triple-quoted string when it has several lines). */
function printCall(text: string): string {
  return text.includes('\n')
    ? `print("""${text}""")`
    : `print(${pyRepr(text)})`;
}

/** IPython 8's colours: tokens of the failing line are wrapped in ANSI codes. */
function colour(line: string): string {
  return line
    .replace(/=/g, '\u001b[38;5;241m=\u001b[39m')
    .replace(/"/g, '\u001b[38;5;124m"\u001b[39m');
}

function traceback(ename: string, lines: string[]): unknown {
  return {
    output_type: 'error',
    ename,
    evalue: 'failed',
    traceback: [
      '\u001b[0;31m---------------------------------------------------------------------------\u001b[0m',
      `\u001b[0;31m${ename}\u001b[0m                          Traceback (most recent call last)`,
      ...lines
    ]
  };
}

/** The line of a form that holds the credential (or its first line). */
function secretLine(row: IRow): string {
  const lines = row.text.split('\n');
  return lines.find(l => row.secret && l.includes(row.secret)) ?? lines[0];
}

/**
 * `row` put in `place`, or null where the place makes no sense for the form (prose in
 * a `%%writefile`, a multi-line config file on one `!echo` line).
 */
export function place(row: IRow, where: Place): Placed | null {
  const { kind, text } = row;
  if (
    row.printedBy &&
    where !== 'stream output' &&
    where !== 'execute_result'
  ) {
    return null;
  }
  const code = (source: string, output?: unknown): Placed => ({
    cellType: 'code',
    source,
    output
  });
  switch (where) {
    case 'code cell':
      switch (kind) {
        case 'code':
          return code(text);
        case 'config':
          return code(
            `with open(os.path.expanduser("~/${row.file ?? 'settings.cfg'}"), "w") as f:\n    f.write("""${text}\n""")`
          );
        case 'shell':
          return code(text.includes('\n') ? `%%bash\n${text}` : `!${text}`);
        case 'prose':
          return code(text.replace(/^/gm, '# '));
        case 'log':
          return code(printCall(text));
      }
      break;
    case 'markdown cell':
      return {
        cellType: 'markdown',
        source:
          kind === 'prose' ? text : '```' + FENCE[kind] + '\n' + text + '\n```'
      };
    case 'raw cell':
      return { cellType: 'raw', source: text };
    case '%env/! line':
      if (row.env) {
        return code(row.env);
      }
      if (kind === 'shell' && !text.includes('\n')) {
        return code(`!${text}`);
      }
      if (kind === 'config' && !text.includes('\n')) {
        const q = text.includes("'") ? '"' : "'";
        return code(`!echo ${q}${text}${q} >> ~/${row.file ?? '.env'}`);
      }
      return null;
    case '%%writefile':
      if (kind === 'prose' || kind === 'log') {
        return null;
      }
      return code(
        `%%writefile ${kind === 'config' ? (row.file ?? 'settings.cfg') : kind === 'code' ? 'job.py' : 'run.sh'}\n${text}`
      );
    case 'text file':
      return { file: text };
    case 'stream output':
      return code(row.printedBy?.stream ?? 'run()', {
        output_type: 'stream',
        name: 'stdout',
        text: (kind === 'shell' ? `+ ${text}` : text)
          .split(/(?<=\n)/)
          .concat(['\n'])
      });
    case 'execute_result':
      if (kind === 'shell') {
        return null;
      }
      return code(row.printedBy?.result ?? 'result', {
        output_type: 'execute_result',
        execution_count: 3,
        metadata: {},
        data: {
          'text/plain': row.repr ?? (kind === 'code' ? text : pyRepr(text))
        }
      });
    case 'traceback':
      if (kind === 'prose' || kind === 'config') {
        return null;
      }
      return code(
        'run()',
        kind === 'code'
          ? traceback('OperationalError', [
              `Cell \u001b[0;32mIn[3], line 2\u001b[0m\n\u001b[0;32m----> 2\u001b[0m ${colour(secretLine(row))}\n`
            ])
          : traceback(
              kind === 'shell' ? 'CalledProcessError' : 'ConnectionError',
              [
                kind === 'shell'
                  ? `\u001b[0;31mCalledProcessError\u001b[0m: Command '${text}' returned non-zero exit status 1.`
                  : `\u001b[0;31mConnectionError\u001b[0m: ${text}`
              ]
            )
      );
  }
  return null;
}

const scanner = new Scanner();

/** Every start offset of `needle` in `hay`. */
function offsets(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    out.push(i);
  }
  return out;
}

/** The outcome of scanning one placed row. */
export interface IOutcome {
  /** Findings in the part the form was put in. */
  ids: string[];
  /** Whether one of them covers (overlaps) the secret there. */
  covered: boolean;
  /** Findings reported anywhere else (a wrong place). */
  elsewhere: number;
}

/** Scan a placed row with the full scanner and judge where its findings are. */
export function judge(placed: Placed, secret: string): IOutcome {
  let text: string;
  let found: { ruleId: string; start: number; end: number }[];
  let elsewhere = 0;
  if ('file' in placed) {
    text = placed.file;
    found = scanner.scanText(text);
  } else {
    const cell: Record<string, unknown> = {
      cell_type: placed.cellType,
      metadata: {},
      source: placed.source
    };
    if (placed.cellType === 'code') {
      cell.outputs = placed.output ? [placed.output] : [];
      cell.execution_count = 3;
    }
    const result = scanner.scanNotebook({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [cell]
    });
    const want = placed.output ? 'outputs[0]' : 'source';
    text = placed.output ? outputText(placed.output) : placed.source;
    found = result.findings.filter(f => f.where === want);
    elsewhere = result.findings.length - found.length;
  }
  const at = secret ? offsets(text, secret) : [];
  const covered = found.some(f =>
    at.some(i => f.start < i + secret.length && i < f.end)
  );
  return { ids: found.map(f => f.ruleId), covered, elsewhere };
}
