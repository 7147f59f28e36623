import {
  credentialFileFindings,
  credentialFileKind,
  credentialFileKinds,
  READABLE_BY_OTHERS
} from '../../../core/credential-files';
import { fakeToken, Scanner } from '../../../core';
import {
  fakeCredentialFiles,
  fakeEncryptedPem,
  fakeOpenSshKey
} from './fake-files';

describe('credentialFileFindings', () => {
  const files = fakeCredentialFiles();

  it.each(Object.entries(files))(
    'should recognise %s and point at its secret, masked',
    (path, text) => {
      const [found, ...rest] = credentialFileFindings({ path, text });
      expect(rest).toEqual([]);
      expect(found.ruleId).toMatch(/^credential-file\//);
      expect(found.line).not.toBeNull();
      const value = text.slice(found.start!, found.end!);
      expect(value.length).toBeGreaterThan(3);
      expect(found.masked).not.toContain(value);
      expect(found.message + found.remediation).not.toContain(value);
      expect(found.note).toBe(false);
    }
  );

  it('should give every kind a title, a risk and a remedy', () => {
    for (const kind of credentialFileKinds) {
      expect([
        kind.title,
        kind.description,
        kind.risk,
        kind.remediation
      ]).not.toContain('');
    }
    const ids = credentialFileKinds.map(kind => kind.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ['an empty .netrc', '.netrc', 'machine example.org login someone\n'],
    [
      'an AWS config without keys',
      '.aws/config',
      '[default]\nregion = eu-west-1\n'
    ],
    [
      'a .npmrc referring to a variable',
      '.npmrc',
      '//r/:_authToken=${NPM_TOKEN}\n'
    ],
    [
      'a docker config with a credential helper',
      '.docker/config.json',
      '{"auths": {"r": {}}, "credsStore": "pass"}'
    ],
    ['a .env without credentials', 'app/.env', 'DEBUG=1\nPORT=8080\n'],
    [
      'a .env with a placeholder password',
      'app/.env',
      'DB_PASSWORD=changeme\n'
    ],
    [
      'an ordinary JSON file',
      'data/config.json',
      '{"type": "service_account"}'
    ],
    ['a public key', '.ssh/id_ed25519.pub', 'ssh-ed25519 AAAA someone@host\n'],
    ['known_hosts', '.ssh/known_hosts', 'host ssh-ed25519 AAAA\n'],
    ['an env example', 'app/.env.example', `API_TOKEN=${fakeToken(20)}\n`]
  ])('should not report %s', (_reason, path, text) => {
    expect(credentialFileFindings({ path, text })).toEqual([]);
  });

  it('should report an unread credential file by its path, as a warning', () => {
    const [found] = credentialFileFindings({
      path: '.aws/credentials',
      text: null
    });
    expect(found.severity).toBe('warning');
    expect(found.masked).toBeNull();
    expect(found.message).toMatch(/not read/);
  });

  it('should not take an unread data .json for a service account key', () => {
    // A 17 MB data file the walk skipped as too large: only its content could say.
    expect(
      credentialFileFindings({
        path: 'data/sst-2020.json',
        text: null,
        permissions: { groupReadable: true, worldReadable: true }
      })
    ).toEqual([]);
  });

  it('should report gcloud credential stores by path alone', () => {
    const [found] = credentialFileFindings({
      path: '.config/gcloud/credentials.db',
      text: null
    });
    expect(found.kind).toBe('gcloud-credential-store');
  });

  it('should report an unencrypted SSH key as an error and an encrypted one as info', () => {
    const plain = credentialFileFindings({
      path: '.ssh/id_ed25519',
      text: fakeOpenSshKey()
    });
    const aes = credentialFileFindings({
      path: '.ssh/id_ed25519',
      text: fakeOpenSshKey('aes256-ctr')
    });
    const pem = credentialFileFindings({
      path: '.ssh/id_rsa',
      text: fakeEncryptedPem()
    });
    expect(plain.map(f => f.severity)).toEqual(['error']);
    expect(aes.map(f => f.severity)).toEqual(['info']);
    expect(pem.map(f => f.severity)).toEqual(['info']);
    expect(aes[0].message).toMatch(/passphrase/);
  });

  it('should make a note, not a second report, when a rule found the same value', () => {
    const path = '.aws/credentials';
    const text = files[path];
    const ruleFindings = new Scanner().scanText(text);
    expect(ruleFindings.length).toBeGreaterThan(0);
    const [found] = credentialFileFindings({ path, text, ruleFindings });
    expect(found.note).toBe(true);
    expect(found.severity).toBe('info');
    expect(found.masked).toBeNull();
  });

  it.each([
    ['group', { groupReadable: true }, 'warning'],
    ['world', { groupReadable: true, worldReadable: true }, 'error']
  ])(
    'should report a credential file readable by its %s',
    (_who, permissions, severity) => {
      const found = credentialFileFindings({
        path: '.netrc',
        text: files['.netrc'],
        permissions
      });
      expect(found.map(f => f.ruleId)).toEqual([
        'credential-file/netrc',
        READABLE_BY_OTHERS
      ]);
      expect(found[1].severity).toBe(severity);
      expect(found[1].remediation).toContain('chmod 600 .netrc');
    }
  );

  it('should not report permissions of an ordinary file', () => {
    expect(
      credentialFileFindings({
        path: 'notes.txt',
        text: 'hello',
        permissions: { worldReadable: true }
      })
    ).toEqual([]);
  });

  it.each([
    ['.aws/credentials', 'aws-credentials'],
    ['home/.aws/credentials', 'aws-credentials'],
    ['aws/credentials', null],
    ['.ssh/id_rsa', 'ssh-private-key'],
    ['.ssh/id_rsa.pub', null],
    ['.env.local', 'dotenv'],
    ['.config/kaggle/kaggle.json', 'kaggle-json'],
    ['x/kaggle.json', 'gcp-service-account-key'] // any JSON may be a service account key
  ])('should name the kind of %s', (path, id) => {
    expect(credentialFileKind(path)?.id ?? null).toBe(id);
  });
});
