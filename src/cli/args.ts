/**
 * Command-line parsing for `credential-guard`. Hand-written rather than a
 * dependency: the grammar is tiny and the CLI should install with nothing extra.
 */

/** Output formats the scanner can write. */
export type OutputFormat = 'text' | 'jsonl' | 'sarif';

const FORMATS: readonly OutputFormat[] = ['text', 'jsonl', 'sarif'];

/** What the user asked for, after parsing. */
export interface ICliArgs {
  command: 'scan' | 'help' | 'version';
  paths: string[];
  format: OutputFormat;
  showSecrets: boolean;
  /** Rule ids from every `--disable`, comma lists split. */
  disabled: string[];
  /** Path of the `--config` JSON file, if any. */
  configFile: string | null;
  /** Worker threads from `--jobs`; `null` means one per CPU core. */
  jobs: number | null;
}

/** A parse failure: the message is printed with a pointer to `--help`, exit code 2. */
export class UsageError extends Error {}

/**
 * Parses the arguments that follow the program name.
 *
 * @param argv - e.g. `['scan', '--format', 'jsonl', 'notebooks/']`
 * @returns the parsed options; paths default to `.`
 * @throws UsageError on an unknown command or option, or a missing value.
 */
export function parseArgs(argv: readonly string[]): ICliArgs {
  const args: ICliArgs = {
    command: 'scan',
    paths: [],
    format: 'text',
    showSecrets: false,
    disabled: [],
    configFile: null,
    jobs: null
  };
  let sawCommand = false;
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      if (!sawCommand) {
        if (arg !== 'scan') {
          throw new UsageError(`unknown command '${arg}'`);
        }
        sawCommand = true;
      } else {
        args.paths.push(arg);
      }
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    // Accept both `--name value` and `--name=value`.
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : null;
    const value = (): string => {
      if (inline !== null) {
        return inline;
      }
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) {
        throw new UsageError(`${name} needs a value`);
      }
      i++;
      return next;
    };
    const noValue = (): void => {
      if (inline !== null) {
        throw new UsageError(`${name} takes no value`);
      }
    };
    switch (name) {
      case '-h':
      case '--help':
        noValue();
        return { ...args, command: 'help' };
      case '-V':
      case '--version':
        noValue();
        return { ...args, command: 'version' };
      case '-f':
      case '--format': {
        const format = value() as OutputFormat;
        if (!FORMATS.includes(format)) {
          throw new UsageError(
            `unknown format '${format}' (expected ${FORMATS.join(', ')})`
          );
        }
        args.format = format;
        break;
      }
      case '--show-secrets':
        noValue();
        args.showSecrets = true;
        break;
      case '--disable':
        for (const id of value().split(',')) {
          if (id.trim()) {
            args.disabled.push(id.trim());
          }
        }
        break;
      case '-j':
      case '--jobs': {
        const text = value();
        const jobs = Number(text);
        if (!/^\d+$/.test(text) || jobs < 1) {
          throw new UsageError(`${name} needs a whole number of 1 or more`);
        }
        args.jobs = jobs;
        break;
      }
      case '-c':
      case '--config':
        args.configFile = value();
        break;
      default:
        throw new UsageError(`unknown option '${name}'`);
    }
  }
  if (!sawCommand) {
    throw new UsageError("missing command (try 'credential-guard scan .')");
  }
  if (args.paths.length === 0) {
    args.paths.push('.');
  }
  return args;
}
