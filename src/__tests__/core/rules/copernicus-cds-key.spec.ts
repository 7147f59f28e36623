import { fakeUuid } from '../../../core';
import { idsIn } from './contexts';

describe('copernicus-cds-key', () => {
  const key = fakeUuid('cds');

  it.each([
    [
      'a .cdsapirc written with %%writefile',
      `%%writefile ~/.cdsapirc\nurl: https://cds.climate.copernicus.eu/api\nkey: ${key}\n`,
      1
    ],
    [
      'the old UID:KEY form',
      `%%writefile ~/.cdsapirc\nurl: https://cds.climate.copernicus.eu/api/v2\nkey: 204816:${key}\n`,
      1
    ],
    ['a shell line', `!echo "key: 12345:${key}" >> ~/.cdsapirc`, 1],
    [
      'Python writing .cdsapirc',
      `with open(os.path.expanduser("~/.cdsapirc"), "w") as f:\n    f.write("url: https://ads.atmosphere.copernicus.eu/api\\nkey: ${key}\\n")`,
      1
    ],
    [
      'cdsapi.Client keyword arguments',
      `c = cdsapi.Client(url="https://cds.climate.copernicus.eu/api", key="${key}")`,
      1
    ],
    ['a %env magic', `%env CDSAPI_KEY=${key}`, 1],
    [
      'a UUID "key" elsewhere',
      `{"key": "${key}", "collection": "sentinel-2-l2a"}`,
      0
    ],
    [
      'the documented placeholder',
      'url: https://cds.climate.copernicus.eu/api\nkey: <PERSONAL-ACCESS-TOKEN>',
      0
    ],
    ['a bare UUID', `run_id = "${key}"`, 0]
  ])('should handle %s', (_reason, text, expected) => {
    expect(idsIn(text).filter(r => r === 'copernicus-cds-key')).toHaveLength(
      expected
    );
  });
});
