import { parseArgs, UsageError } from '../../cli/args';

describe('#parseArgs', () => {
  it('should default to scanning the working directory as text', () => {
    expect(parseArgs(['scan'])).toEqual({
      command: 'scan',
      paths: ['.'],
      format: 'text',
      showSecrets: false,
      disabled: [],
      configFile: null,
      jobs: null
    });
  });

  it.each([
    ['separate value', ['scan', '--format', 'jsonl'], 'jsonl'],
    ['inline value', ['scan', '--format=sarif'], 'sarif'],
    ['short flag', ['scan', '-f', 'text'], 'text']
  ])('should read the format (%s)', (_reason, argv, format) => {
    expect(parseArgs(argv).format).toBe(format);
  });

  it('should collect repeated and comma-separated --disable values', () => {
    const args = parseArgs([
      'scan',
      '--disable',
      'a-rule,b-rule',
      '--disable=c-rule',
      'dir'
    ]);
    expect(args.disabled).toEqual(['a-rule', 'b-rule', 'c-rule']);
    expect(args.paths).toEqual(['dir']);
  });

  it.each([
    [['scan', '--jobs', '4'], 4],
    [['scan', '-j', '1'], 1],
    [['scan', '--jobs=8'], 8]
  ])('should read the number of threads from %j', (argv, jobs) => {
    expect(parseArgs(argv).jobs).toBe(jobs);
  });

  it('should treat everything after -- as paths', () => {
    expect(parseArgs(['scan', '--', '--odd-name.py']).paths).toEqual([
      '--odd-name.py'
    ]);
  });

  it.each([
    ['--help', 'help'],
    ['-h', 'help'],
    ['--version', 'version'],
    ['-V', 'version']
  ])('should recognise %s without a command', (flag, command) => {
    expect(parseArgs([flag]).command).toBe(command);
  });

  it.each([
    ['no command', []],
    ['unknown command', ['check', '.']],
    ['unknown option', ['scan', '--fast']],
    ['unknown format', ['scan', '--format', 'xml']],
    ['missing value', ['scan', '--config']],
    ['value where none is taken', ['scan', '--show-secrets=yes']],
    ['no threads', ['scan', '--jobs', '0']],
    ['a fraction of a thread', ['scan', '--jobs=1.5']]
  ])('should reject %s', (_reason, argv) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
  });
});
