import { htmlSkips } from './html-skips';

/**
 * Text mime types worth scanning, in the order they are joined. Everything else
 * (`image/*`, `application/pdf`, widget views, vendor JSON…) is skipped unread.
 */
const TEXT_MIME_TYPES = [
  'text/plain',
  'text/markdown',
  'text/html',
  'text/latex',
  'application/json'
];

/** ANSI escape sequences (colours, cursor moves) as printed in tracebacks and logs. */
const ANSI =
  // eslint-disable-next-line no-control-regex -- ANSI codes are control characters
  /\u001b\[[0-9;?]{0,32}[A-Za-z]|\u001b\][^\u0007\u001b]{0,512}(?:\u0007|\u001b\\)/g;

/**
 * The text of one output as the engine reads it: its parts (one per text mime type, or
 * the stream, or the traceback), which joined by newlines make `outputText`, and the
 * blocks of each part that need not be scanned.
 */
export interface IOutputParts {
  readonly parts: readonly string[];
  /** Per part, flat `[start, end)` pairs in order: style sheets and SVG drawings of HTML. */
  readonly skips: readonly (readonly number[])[];
}

/**
 * The scanned text of one nbformat output; finding offsets in outputs are into this text.
 *
 * - `stream`: its text; `error`: the traceback lines (or `ename: evalue`);
 * - `execute_result` / `display_data`: the text mime types joined by a newline,
 *   `application/json` stringified; images and other binary payloads are never touched.
 *
 * ANSI colour codes are stripped. Anything malformed gives `''` rather than an exception.
 *
 * @param output - one entry of a cell's `outputs` array
 */
export function outputText(output: unknown): string {
  return outputParts(output).parts.join('\n');
}

/** `outputText` in parts, with the blocks of HTML (style sheets, SVG) that the engine skips. */
export function outputParts(output: unknown): IOutputParts {
  if (!isObject(output)) {
    return NOTHING;
  }
  switch (output.output_type) {
    case 'stream':
      return plain(joinText(output.text));
    case 'error':
    case 'pyerr': // nbformat 3
      return plain(errorText(output));
    case 'execute_result':
    case 'display_data':
    case 'update_display_data':
      return dataText(output.data);
    case 'pyout': // nbformat 3 keeps text/plain in `text`
      return plain(joinText(output.text));
    default:
      return NOTHING;
  }
}

const NOTHING: IOutputParts = { parts: [], skips: [] };

function plain(text: string): IOutputParts {
  return { parts: [stripAnsi(text)], skips: [[]] };
}

/** Remove ANSI escape sequences. */
export function stripAnsi(text: string): string {
  return text.indexOf('\u001b') === -1 ? text : text.replace(ANSI, '');
}

/** nbformat multiline strings are a string or a list of strings. */
export function joinText(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  if (Array.isArray(value)) {
    let out = '';
    for (const part of value) {
      if (typeof part === 'string') {
        out += part;
      }
    }
    return out;
  }
  return '';
}

function errorText(output: Record<string, unknown>): string {
  if (Array.isArray(output.traceback) && output.traceback.length > 0) {
    return output.traceback.filter(l => typeof l === 'string').join('\n');
  }
  const name = typeof output.ename === 'string' ? output.ename : '';
  const value = typeof output.evalue === 'string' ? output.evalue : '';
  return name || value ? `${name}: ${value}` : '';
}

/**
 * The text mime types, one part each. They are scanned apart rather than joined: joining
 * would copy megabytes of HTML once more, and no credential spans two representations.
 */
function dataText(data: unknown): IOutputParts {
  if (!isObject(data)) {
    return NOTHING;
  }
  const parts: string[] = [];
  const skips: number[][] = [];
  for (const mime of TEXT_MIME_TYPES) {
    const value = data[mime];
    if (value === undefined || value === null) {
      continue;
    }
    const part = stripAnsi(
      mime === 'application/json' ? safeStringify(value) : joinText(value)
    );
    parts.push(part);
    skips.push(mime === 'text/html' ? htmlSkips(part) : []);
  }
  return { parts, skips };
}

function safeStringify(value: unknown): string {
  try {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  } catch {
    return ''; // cycles or BigInt: not from a parsed file, nothing to scan
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
