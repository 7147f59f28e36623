/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { entropy } from '../../entropy';
import { fakeToken } from '../../fake-token';
import { IMatchContext, IRule } from '../../types';
import { markedNamedValue } from '../named-value';
import { BASE64, mixedCase, near } from '../shared';

/**
 * A password in Microsoft's identifiable format: 39 bytes in base64 (52 characters) with
 * the signature `+ACR` at characters 43 to 46 and a checksum character `A` to `D` after it
 * (microsoft/security-utilities, `AzureContainerRegistryIdentifiableKey`).
 */
const IDENTIFIABLE = '[A-Za-z0-9+/]{42}\\+ACR[A-D][A-Za-z0-9+/]{5}';

/** Older admin passwords: 32 characters of the base64 alphabet (192-bit keys). */
const VALUE = `${IDENTIFIABLE}|[A-Za-z0-9+/=]{32}`;

/** A registry's login server: `<registry>.azurecr.io` (and sovereign clouds). */
const REGISTRY = /\.azurecr\.(?:io|us|cn)/i;

/** A password in the identifiable format, anywhere: a look-ahead tried at every word start. */
const IDENTIFIABLE_AHEAD = `(?<![A-Za-z0-9+/_-])(?=${IDENTIFIABLE}(?![A-Za-z0-9+/=_-]))`;

/** The ways a password is written without a name before it. */
const CALLS = [
  // `docker login <registry>.azurecr.io -u <user> -p <password>` (podman, nerdctl too).
  `(?:docker|podman|nerdctl)[ \\t]{1,3}login\\b[^\\n]{0,200}?[ \\t](?:-p|--password)(?:[ \\t]{1,3}|=)["']?`,
  // The output of `az acr credential show`.
  `"name"\\s{0,3}:\\s{0,3}"password2?"\\s{0,3},\\s{0,20}"value"\\s{0,3}:\\s{0,3}"`,
  IDENTIFIABLE_AHEAD
];

/**
 * The rule's pattern: by name, by the ways above, and in the identifiable format, whose
 * look-ahead runs only where `+ACR` occurs (see `markedNamedValue`).
 */
const marked = markedNamedValue({
  // `ACR_PASSWORD`, `acr-token`, `AZURE_CONTAINER_REGISTRY_PASSWORD`.
  vendor: 'acr(?=[_.-])|azure[_-]?container[_-]?registry',
  value: VALUE,
  after: 'A-Za-z0-9+/=_\\-',
  // Random base64 (which may start with `/`, so not the path check of `randomLooking`).
  random: (secret: string) => mixedCase(secret) && entropy(secret) >= 4,
  // `REGISTRY_PASSWORD`, `password=` next to a login server.
  context: REGISTRY,
  // Not the user (registry) names and login servers that sit beside the password.
  name: /pass|pwd|secret|key|token|cred/i,
  ways: CALLS,
  identifiable: IDENTIFIABLE_AHEAD,
  marker: /\+ACR/
});

/** Whether a password found without an ACR name is one. */
function byCall(secret: string, context: IMatchContext): boolean {
  const whole = context.match[0];
  if (secret === whole) {
    // The pattern ignores case; the signature does not.
    return new RegExp(`^${IDENTIFIABLE}$`).test(secret);
  }
  if (whole.startsWith('"')) {
    return near(context, /"passwords"\s{0,3}:/, 200);
  }
  return near(context, REGISTRY, 300); // a docker login to a registry on azurecr.io
}

/**
 * Azure Container Registry passwords (admin user passwords and repository-scoped token
 * passwords): `docker login <registry>.azurecr.io -p …`, by an ACR name (`ACR_PASSWORD`),
 * under a password name next to an `azurecr.io` login server, in the output of
 * `az acr credential show`, or on their own in Microsoft's identifiable format (`+ACR`).
 */
export const azureContainerRegistryPassword: IRule = {
  id: 'azure-container-registry-password',
  title: 'Azure Container Registry password',
  severity: 'error',
  description:
    'An Azure Container Registry admin password pushes, pulls and deletes every image of the registry (a token password, those of its scope): a changed image then runs wherever it is deployed.',
  remediation:
    'Use `az acr login` with Entra ID, a managed identity or a service principal, and keep the admin user disabled. If a password was shared, regenerate it (`az acr credential renew --password-name password`, or Access keys in the portal).',
  revokeUrl:
    'https://portal.azure.com/#browse/Microsoft.ContainerRegistry%2Fregistries',
  envName: 'ACR_PASSWORD',
  keywords: [
    'azurecr',
    '+acr',
    'acr_',
    'acr-',
    'azure_container_registry',
    'azure-container-registry',
    '"passwords"'
  ],
  // Above the command-line password rule, which sees the same `docker login -p` value.
  priority: 2,
  ...marked,
  validate: (secret, context) =>
    marked.validate!(secret, context) &&
    (context.match[3] === undefined || byCall(secret, context)),
  samples: {
    positive: [
      `!docker login labregistry.azurecr.io -u labregistry -p ${fakeToken(32, BASE64, 'acr')}`,
      `ACR_PASSWORD = "${fakeToken(42, BASE64, 'acr2')}+ACRC${fakeToken(5, BASE64, 'acr3')}"`,
      `REGISTRY = "labregistry.azurecr.io"\nREGISTRY_PASSWORD = "${fakeToken(32, BASE64, 'acr4')}"`,
      `{\n  "passwords": [\n    {\n      "name": "password",\n      "value": "${fakeToken(32, BASE64, 'acr5')}"\n    }\n  ],\n  "username": "labregistry"\n}`
    ],
    negative: [
      '!docker login labregistry.azurecr.io -u labregistry -p $ACR_PASSWORD',
      `!docker login registry.example.org -u me -p ${fakeToken(32, BASE64, 'acr6')}`,
      'ACR_LOGIN_SERVER = "labregistry.azurecr.io"',
      `acr_image_digest = "${fakeToken(32, BASE64, 'acr7')}"`
    ]
  }
};
