/* eslint-disable jupyter/no-untranslated-string -- kind titles are data; the UI translates them */
import type { ICredentialFileKind } from './types';
import { firstValue, iniValue as ini, jsonValue as json } from './spots';
import { inspectDotenv } from './dotenv';
import { inspectSshKey } from './ssh-key';

const SECRET_MECHANISM =
  "Use the hub's secret mechanism (environment variables set for your server, or a secret store) instead of a file in your home directory";
const REMOVE_AFTER_USE =
  'or create the file only for the session and delete it when you are done';

/** Files of research services, developer tools and databases that hold a password or a token. */
export const toolKinds: readonly ICredentialFileKind[] = [
  {
    id: 'ssh-private-key',
    title: 'SSH private key',
    description: 'A private key that ssh and git use to log in.',
    risk: 'Whoever copies an unencrypted key can log in wherever its public key is authorised (servers, GitHub, GitLab).',
    remediation:
      'Keep private keys on your own machine and forward them with ssh-agent; on the hub, use a deploy key or an HTTPS token that expires. Delete the key here and remove its public key where it was authorised.',
    severity: 'error',
    path: /(?:^|\/)\.ssh\/[^/]+$/,
    exclude:
      /(?:\.pub|\/known_hosts(?:\.old)?|\/authorized_keys2?|\/config|\/environment|\/rc)$/,
    inspect: inspectSshKey
  },
  {
    id: 'netrc',
    title: '.netrc with a password',
    description:
      'The login file of curl, wget, requests and Earthdata helpers: host names with user names and passwords in plain text.',
    risk: 'Whoever reads it has your password for every host listed, often your institutional or NASA Earthdata login.',
    remediation: `${SECRET_MECHANISM}, ${REMOVE_AFTER_USE}; prefer a token that expires to your password, and change the password.`,
    severity: 'error',
    path: /(?:^|\/)[._]netrc$/,
    inspect: firstValue(/(?:^|[ \t])password[ \t]+(\S+)/gm)
  },
  {
    id: 'cdsapirc',
    title: 'Copernicus CDS API key file',
    description:
      'The `.cdsapirc` of the Copernicus Climate/Atmosphere Data Store API client, holding your API key.',
    risk: 'Whoever reads it can use your data store account and quota.',
    remediation: `${SECRET_MECHANISM} (the client reads CDSAPI_URL and CDSAPI_KEY), ${REMOVE_AFTER_USE}.`,
    severity: 'error',
    path: /(?:^|\/)\.cdsapirc$/,
    inspect: firstValue(ini('key'))
  },
  {
    id: 'ecmwfapirc',
    title: 'ECMWF API key file',
    description: 'The `.ecmwfapirc` of the ECMWF web API, holding your key.',
    risk: 'Whoever reads it can use your ECMWF account and quota.',
    remediation: `${SECRET_MECHANISM} (ECMWF_API_KEY), ${REMOVE_AFTER_USE}.`,
    severity: 'error',
    path: /(?:^|\/)\.ecmwfapirc$/,
    inspect: firstValue(json('key'))
  },
  {
    id: 'kaggle-json',
    title: 'Kaggle API token file',
    description:
      'The `kaggle.json` the Kaggle CLI reads, holding your API key.',
    risk: 'Whoever reads it can use your Kaggle account: download competition data and submit as you.',
    remediation: `${SECRET_MECHANISM} (KAGGLE_USERNAME and KAGGLE_KEY), ${REMOVE_AFTER_USE}; expire the token in your Kaggle settings.`,
    severity: 'error',
    path: /(?:^|\/)\.(?:config\/)?kaggle\/kaggle\.json$/,
    inspect: firstValue(json('key'))
  },
  {
    id: 'git-credentials',
    title: 'git credential store',
    description:
      "The file of git's `store` credential helper: URLs with user names and passwords or tokens, in plain text.",
    risk: 'Whoever reads it can push to your repositories.',
    remediation:
      'Use `git config credential.helper cache` (kept in memory, for a while) instead of `store`; delete the file and revoke the tokens it held.',
    severity: 'error',
    path: /(?:^|\/)(?:\.git-credentials|\.config\/git\/credentials)$/,
    inspect: firstValue(/^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:([^@\s]+)@/gim)
  },
  {
    id: 'dotenv',
    title: '.env file with secrets',
    description:
      'An environment file that tools such as python-dotenv load; this one sets passwords, keys or tokens.',
    risk: 'It is often copied, committed or shared with the project folder, and others on the hub may read it.',
    remediation: `${SECRET_MECHANISM}, ${REMOVE_AFTER_USE}; keep a \`.env.example\` without values in the project.`,
    severity: 'warning',
    path: /(?:^|\/)\.env(?:\.[^/]+)?$/,
    exclude: /\.(?:example|sample|template|dist|defaults?)$/i,
    inspect: inspectDotenv
  },
  {
    id: 'pypirc',
    title: '.pypirc with a password',
    description:
      'The configuration of twine and setuptools for uploads to PyPI, holding a password or an API token.',
    risk: 'Whoever reads it can publish packages under your name: a supply-chain attack on everyone who installs them.',
    remediation:
      'Publish from CI with trusted publishing, or pass a project-scoped token through TWINE_PASSWORD; delete the file and revoke the token.',
    severity: 'error',
    path: /(?:^|\/)\.pypirc$/,
    inspect: firstValue(ini('password'))
  },
  {
    id: 'npmrc-token',
    title: '.npmrc with a token',
    description:
      'The npm configuration with an `_authToken`: a registry token in plain text.',
    risk: 'Whoever reads it can publish packages under your name.',
    remediation:
      'Refer to an environment variable instead (`_authToken=${NPM_TOKEN}`) and use granular tokens that expire; revoke this one.',
    severity: 'error',
    path: /(?:^|\/)\.npmrc$/,
    inspect: firstValue(
      /(?:_authToken|_auth|_password)[ \t]*=[ \t]*"?([^\s"]+)/g
    )
  },
  {
    id: 'huggingface-token',
    title: 'Hugging Face token file',
    description:
      'Written by `huggingface-cli login`: your Hugging Face access token.',
    risk: 'Whoever reads it can use your models, datasets and Spaces, private ones included, and with a write token change them.',
    remediation: `${SECRET_MECHANISM} (HF_TOKEN), or run \`huggingface-cli logout\` when you are done; use fine-grained, read-only tokens.`,
    severity: 'error',
    path: /(?:^|\/)(?:\.cache\/huggingface\/(?:token|stored_tokens)|\.huggingface\/token)$/,
    inspect: firstValue(/(?:^|=[ \t]*)(hf_[A-Za-z0-9]{20,})/gm)
  },
  {
    id: 'pgpass',
    title: 'PostgreSQL password file',
    description:
      'The `.pgpass` libpq reads: host, port, database, user and password per line.',
    risk: 'Whoever reads it can log in to every database it lists.',
    remediation: `${SECRET_MECHANISM} (PGPASSWORD for a session), ${REMOVE_AFTER_USE}; change the passwords.`,
    severity: 'error',
    path: /(?:^|\/)\.pgpass$/,
    // host:port:database:user:password; `[^\n:]*` stops at each colon, so this is linear.
    inspect: firstValue(/^[^#\n:]*:[^\n:]*:[^\n:]*:[^\n:]*:([^\n]+)$/gm)
  },
  {
    id: 'mysql-cnf',
    title: 'MySQL option file with a password',
    description:
      'The `.my.cnf` of MySQL and MariaDB clients, with a password under `[client]`.',
    risk: 'Whoever reads it can log in to the database as you.',
    remediation: `${SECRET_MECHANISM}, or let the client prompt for the password; change it.`,
    severity: 'error',
    path: /(?:^|\/)\.my\.cnf$/,
    inspect: firstValue(ini('password'))
  }
];
