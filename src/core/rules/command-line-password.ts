/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { passwordPlaceholder } from './shared';

/**
 * Passwords given to command-line tools: `mysql -p<password>` (no space: with one, mysql
 * asks), `sshpass -p …`, `docker login -p …`, `twine upload -p …`, `mysqldump
 * --password=…`, in `!` shell lines, `%%bash` cells and printed commands.
 */
export const commandLinePassword: IRule = {
  id: 'command-line-password',
  title: 'Password on a command line',
  severity: 'warning',
  description:
    'A password on a command line is written in the notebook, kept in shell history, and visible to other users of the machine in the process list while the command runs.',
  remediation:
    'Let the tool ask for it, or use its password file or environment variable (MYSQL_PWD, SSHPASS, docker login --password-stdin, TWINE_PASSWORD) filled from the hub secret store. If it was shared, change the password.',
  envName: 'PASSWORD',
  keywords: ['mysql', 'mariadb', 'sshpass', 'docker', 'twine', 'podman'],
  pattern:
    /\b(?:(?:mysql|mysqldump|mysqladmin|mariadb)\b(?:[^\n\\]|\\(?:\r?\n)?){0,200}?\s(?:-p|--password=)([^\s"'`$<>{}-][^\s"'`$<>{}]{2,100})|(?:sshpass|(?:docker|podman)[ \t]{1,3}login|twine[ \t]{1,3}upload)\b(?:[^\n\\]|\\(?:\r?\n)?){0,200}?\s(?:-p|--password)(?:[ \t]{1,3}|=)(?:'([^'\s]{3,100})'|["']?([^\s"'`$<>{}-][^\s"'`$<>{}]{2,100})))/gi,
  // In single quotes the shell expands nothing, so `$` belongs to the password there.
  secretGroup: 1,
  // A specific rule (a PyPI token after `twine -p`) names the value better.
  priority: -1,
  validate: (secret, context) =>
    !passwordPlaceholder(secret) &&
    !/^\*+$/.test(secret) &&
    // `-p abc${SUFFIX}`: the value goes on in a variable, so it is not written here.
    (context.text[context.end] === "'" ||
      !/^[${]/.test(context.text.slice(context.end, context.end + 1))),
  samples: {
    positive: [
      `!mysql -h db.example.org -u analyst -p${fakeToken(12, undefined, 'mysql')} obs`,
      `!sshpass -p ${fakeToken(12, undefined, 'sshpass')} scp data.nc me@host:`,
      `!docker login -u me -p ${fakeToken(16, undefined, 'docker')} registry.example.org`,
      `!sshpass -p '${fakeToken(6, undefined, 'sshpass-q')}$${fakeToken(4, undefined, 'sshpass-r')}' ssh me@host`
    ],
    negative: [
      '!mysql -h db.example.org -u analyst -p obs',
      '!sshpass -p "$SSHPASS" scp data.nc me@host:',
      '!docker login -u me --password-stdin registry.example.org',
      '!twine upload -p $TWINE_PASSWORD dist/*'
    ]
  }
};
