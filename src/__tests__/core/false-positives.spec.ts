import { fakeHex, fakePemBody, fakeToken, fakeUuid, Scanner } from '../../core';

/**
 * What the scanner must not report, with every rule on: placeholders, documentation
 * examples, safe reads, hashes and ids, images, public keys, masked values, fixtures.
 */
describe('false positives', () => {
  const scanner = new Scanner();
  const B64 =
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

  it.each([
    // Placeholders
    ['YOUR_API_KEY', 'api_key = "YOUR_API_KEY"'],
    ['an angle-bracket token', 'token = "<token>"'],
    ['a shell variable', 'export GITHUB_TOKEN=${GITHUB_TOKEN}'],
    ['a Jinja template', 'password: {{ db_password }}'],
    ['a run of x', `secret_key = "${'x'.repeat(40)}"`],
    ['stars', 'password = "****************"'],
    [
      'changeme in prose',
      'Set the password to something other than changeme before you start.'
    ],
    [
      'a format-shaped GitHub placeholder',
      `GITHUB_TOKEN=ghp_${'x'.repeat(36)}`
    ],
    ['an OpenAI placeholder', 'OPENAI_API_KEY=sk-...'],
    // Vendor documentation examples
    [
      'the AWS example key pair',
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
    ],
    // Safe reads
    ['os.environ', 'token = os.environ["GITHUB_TOKEN"]'],
    ['os.getenv', 'api_key = os.getenv("OPENAI_API_KEY")'],
    ['getpass', 'password = getpass.getpass()'],
    ['keyring', 'password = keyring.get_password("system", "me")'],
    ['dotenv', 'load_dotenv()\napi_key = os.environ.get("API_KEY")'],
    [
      'a secret manager',
      'secret = client.access_secret_version(name=name).payload.data.decode()'
    ],
    ['earthaccess', 'auth = earthaccess.login(strategy="netrc")'],
    [
      'the hub token from the environment',
      'headers = {"Authorization": f"token {os.environ[\'JUPYTERHUB_API_TOKEN\']}"}'
    ],
    // Hashes and ids
    ['a git SHA', `commit ${fakeHex(40, 'sha1')}\nAuthor: someone`],
    ['a sha256 checksum', `sha256 = "${fakeHex(64, 'sha256')}"`],
    ['an md5 checksum', `md5: ${fakeHex(32, 'md5')}  data.nc`],
    ['a UUID', `run_id = "${fakeUuid('run')}"`],
    ['a DOI', 'doi = "10.5067/GHGMR-4FJ04"'],
    [
      'a granule id',
      "granule = 'MUR-JPL-L4-GLOB-v4.1_20200101090000-JPL-L4_GHRSST-SSTfnd-MUR-GLOB-v02.0-fv04.1'"
    ],
    ['a CMR concept id', "concept_id = 'C1996881146-POCLOUD'"],
    ['a dask key', `('open_dataset-${fakeHex(32, 'dask')}', 0, 0, 0)`],
    [
      'a widget model id',
      `{"model_id": "${fakeHex(32, 'widget')}", "version_major": 2}`
    ],
    ['a memory address', '<xarray.Dataset at 0x7f3b2c1d4e50>'],
    [
      'a STAC item with a sas token link',
      `{"href": "https://x.blob.core.windows.net/c/f.tif", "type": "image/tiff", "id": "${fakeHex(24, 'stac')}"}`
    ],
    // Images, public keys, masked values, fixtures
    [
      'base64 image data in HTML',
      `<img src="data:image/png;base64,${fakeToken(4000, B64, 'png')}">`
    ],
    [
      'a public key',
      `-----BEGIN PUBLIC KEY-----\n${fakePemBody(3).join('\n')}\n-----END PUBLIC KEY-----`
    ],
    [
      'a certificate',
      `-----BEGIN CERTIFICATE-----\n${fakePemBody(3).join('\n')}\n-----END CERTIFICATE-----`
    ],
    ['a masked value', 'token: ghp_Ab12… (masked)'],
    ['a redacted value', 'api_key = "[REDACTED]"'],
    ['a test fixture', 'password = "test-password-123"'],
    ['a fake fixture', 'api_key = "fake-api-key-for-tests-0001"']
  ])('should not report %s', (_what, text) => {
    expect(scanner.scanText(text).map(f => `${f.ruleId} ${f.masked}`)).toEqual(
      []
    );
  });

  it('should skip image outputs without reading them', () => {
    const image = {
      toString: () => {
        throw new Error('read');
      }
    };
    const output = {
      output_type: 'display_data',
      data: {
        'image/png': image,
        'text/plain': '<Figure size 640x480 with 1 Axes>'
      },
      metadata: {}
    };
    expect(scanner.scanOutput(output)).toEqual([]);
  });
});
