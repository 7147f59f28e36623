import { fakeToken } from '../../../core';
import { idsIn } from './contexts';

describe('url-credentials', () => {
  const pw = fakeToken(12, undefined, 'url');

  it.each([
    [
      'an FTP download',
      `urllib.request.urlretrieve("ftp://me:${pw}@ftp.example.org/sst.nc", "sst.nc")`,
      1
    ],
    ['a git clone', `!git clone https://me:${pw}@git.example.org/g/r.git`, 1],
    ['wget', `!wget https://me:${pw}@data.example.org/file.nc`, 1],
    [
      'markdown',
      `Download from <https://me:${pw}@data.example.org/archive/>.`,
      1
    ],
    [
      'a bare token as the user',
      `!git clone https://${fakeToken(39, undefined, 'u2')}7@git.example.org/g/r.git`,
      1
    ],
    ['an ssh user', 'ssh://git@github.com/org/repo.git', 0],
    [
      'a long plain user name',
      'https://jupyterhub-service-account@hub.example.org/',
      0
    ],
    ['a placeholder', 'https://user:password@example.org/', 0],
    ['a port', 'http://localhost:8888/lab/tree/file.ipynb', 0],
    ['an e-mail address after a path', 'https://example.org/a:b/c@d', 0],
    ['shell variables', '!wget https://$USER:$PASS@data.example.org/file.nc', 0]
  ])('should handle %s', (_reason, text, expected) => {
    expect(idsIn(text).filter(r => r === 'url-credentials')).toHaveLength(
      expected
    );
  });
});
