import { fakeToken } from '../../../core';
import { idsIn } from './contexts';

describe('command-line-password', () => {
  const pw = fakeToken(12, undefined, 'cli-password');
  const found = (text: string) =>
    idsIn(text).filter(r => r === 'command-line-password').length;

  it.each([
    ['mysql -p with the password attached', `!mysql -u me -p${pw} obs`, 1],
    ['mysqldump --password=', `!mysqldump --password=${pw} obs > obs.sql`, 1],
    ['sshpass -p', `!sshpass -p ${pw} rsync -a data/ me@host:data/`, 1],
    ['docker login -p', `!docker login -u me -p ${pw} registry.example.org`, 1],
    [
      'twine upload --password',
      `!twine upload -u __me__ --password ${pw} dist/*`,
      1
    ],
    [
      'a %%bash cell with a continuation',
      `%%bash\nmysql -h db.example.org \\\n  -u me -p${pw} obs`,
      1
    ],
    ['mysql -p alone: it asks', '!mysql -u me -p obs', 0],
    ['mysql -p then a space: it asks', '!mysql -u me -p -h db obs', 0],
    ['a variable', '!sshpass -p "$SSHPASS" scp f me@host:', 0],
    ['a template', '!docker login -u me -p {password} registry', 0],
    ['--password-stdin', '!docker login -u me --password-stdin registry', 0],
    ['masked', '!twine upload -p ******** dist/*', 0],
    ['another -p flag', '!mkdir -p data/raw', 0]
  ])('should handle %s', (_reason, text, expected) => {
    expect(found(text)).toBe(expected);
  });
});
