import { fakeToken, fakeUuid } from '../../../core';
import { checkCases } from './contexts';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URL = ALNUM + '-_';
const HEX = '0123456789abcdef';
const t = (n: number, seed: string, alphabet = ALNUM): string =>
  fakeToken(n, alphabet, seed);

describe('research rules', () => {
  checkCases([
    // OpenStack
    [
      'an application credential secret in an openrc',
      `export OS_AUTH_URL=https://js2.jetstream-cloud.org:5000/v3/\nexport OS_APPLICATION_CREDENTIAL_SECRET=${t(86, 'os', URL)}`,
      'openstack-credential',
      1
    ],
    [
      'an OS_PASSWORD read from a prompt',
      'export OS_PASSWORD=$OS_PASSWORD_INPUT',
      'openstack-credential',
      0
    ],
    [
      'a password with no OpenStack nearby',
      `password: ${t(12, 'pw')}!`,
      'openstack-credential',
      0
    ],
    // Globus
    [
      'a Globus refresh token',
      `globus_refresh_token = "${t(66, 'gl')}"`,
      'globus-credential',
      1
    ],
    [
      'a Globus collection id',
      `GLOBUS_COLLECTION = "${fakeUuid('col')}"`,
      'globus-credential',
      0
    ],
    // Repositories
    [
      'a Zenodo token in a deposit call',
      `ACCESS_TOKEN = "${t(60, 'z')}"\nr = requests.post("https://zenodo.org/api/deposit/depositions", params={"access_token": ACCESS_TOKEN}, json={})`,
      'zenodo-token',
      1
    ],
    [
      'a Zenodo record URL',
      'https://zenodo.org/records/7654321/files/data.nc?download=1',
      'zenodo-token',
      0
    ],
    [
      'a figshare token in a header',
      `FIGSHARE_TOKEN = "${t(128, 'f', HEX)}"`,
      'figshare-token',
      1
    ],
    ['an OSF token for osfclient', `OSF_TOKEN="${t(70, 'o')}"`, 'osf-token', 1],
    [
      'a Dataverse key in curl',
      `!curl -H "X-Dataverse-key:${fakeUuid('dv')}" https://demo.dataverse.org/api/datasets/:persistentId/`,
      'dataverse-api-token',
      1
    ],
    [
      'an ORCID iD (public)',
      'orcid = "https://orcid.org/0000-0002-1825-0097"',
      'orcid-token',
      0
    ],
    // Copernicus, ECMWF, Earth Engine
    [
      'a CMEMS password in the toolbox call',
      `copernicusmarine.subset(dataset_id=ds, username="me", password="${t(10, 'cm')}9")`,
      'copernicus-marine-credential',
      1
    ],
    [
      'an ECMWF key in ECMWF_API_KEY',
      `%env ECMWF_API_KEY=${t(32, 'ec', HEX)}`,
      'ecmwf-api-key',
      1
    ],
    [
      'an Earth Engine credentials file',
      `%%writefile ~/.config/earthengine/credentials\n{"client_id": "517222506229-vsmmajv00ul0bs7p89v5m89qs8eb9359.apps.googleusercontent.com", "refresh_token": "1//0${t(100, 'ee', URL)}", "scopes": []}`,
      'google-oauth-refresh-token',
      1
    ],
    // Earth observation
    [
      'a PLAK Planet key',
      `PL_API_KEY=PLAK${t(32, 'pl', HEX)}`,
      'planet-api-key',
      1
    ],
    [
      'a Sentinel Hub secret in the environment',
      `%env SH_CLIENT_SECRET=${t(40, 'sh')}`,
      'sentinel-hub-client-secret',
      1
    ],
    [
      'a NASA API DEMO_KEY',
      'api_key = "DEMO_KEY"  # https://api.nasa.gov',
      'nasa-api-key',
      0
    ],
    [
      'a NOAA token of letters only',
      `NOAA_TOKEN = "${t(32, 'noaa', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')}"`,
      'noaa-cdo-token',
      1
    ],
    // S3-compatible storage
    [
      'a Wasabi key in a boto3 call is not reported as AWS',
      `boto3.client("s3", endpoint_url="https://s3.wasabisys.com", aws_secret_access_key="${t(40, 'wa')}")`,
      'aws-secret-access-key',
      0
    ],
    [
      'a Wasabi key in a boto3 call',
      `boto3.client("s3", endpoint_url="https://s3.wasabisys.com", aws_secret_access_key="${t(40, 'wa')}")`,
      'wasabi-secret-key',
      1
    ],
    [
      'an R2 key pair in an rclone config',
      `[r2]\ntype = s3\nprovider = Cloudflare\nsecret_access_key = ${t(64, 'r2', HEX)}\nendpoint = https://acct.r2.cloudflarestorage.com`,
      'cloudflare-r2-secret-key',
      1
    ],
    [
      'a B2 key id is not the key',
      `B2_APPLICATION_KEY_ID=00${t(23, 'b2', HEX)}  # backblazeb2.com`,
      'backblaze-b2-application-key',
      0
    ],
    [
      'MinIO with its documented default',
      'client = Minio("localhost:9000", access_key="minioadmin", secret_key="minioadmin")',
      'minio-secret-key',
      0
    ],
    // Hubs
    [
      'a service token in jupyterhub_config.py',
      `c.JupyterHub.services = []\nc.JupyterHub.api_tokens = {"${t(32, 'svc', HEX)}": "cull-idle"}`,
      'jupyterhub-server-secret',
      1
    ]
  ]);
});
