/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM, BASE64URL } from '../alphabets';
import { namedValue } from '../named-value';
import { chosenPasswordShape, passwordPlaceholder } from '../shared';

/** A password as people choose them: no spaces or quotes, letters with digits or symbols. */
const PASSWORD = '[^\\s"\'`,;()]{6,128}';

const PASSWORD_END = '^\\s"\'`,;()';

const isPassword = (secret: string): boolean =>
  chosenPasswordShape(secret) &&
  !passwordPlaceholder(secret) &&
  !/^\$|^%\(|^\{/.test(secret);

/**
 * OpenStack application credential secrets and passwords (`OS_PASSWORD`,
 * `application_credential_secret`, `password:` in clouds.yaml), as used on research clouds
 * such as Jetstream2.
 */
export const openstackCredential: IRule = {
  id: 'openstack-credential',
  title: 'OpenStack password or application credential',
  severity: 'error',
  description:
    'An OpenStack password or application credential secret acts as you (or your project) on the research cloud: start instances on your allocation, read and delete volumes and object storage.',
  remediation:
    'Source an openrc file or keep clouds.yaml outside the notebook (~/.config/openstack, mode 600), or read OS_APPLICATION_CREDENTIAL_SECRET from the hub secret store. If it was shared, delete the application credential (or change the password) in Horizon and create a new one.',
  revokeUrl:
    'https://docs.openstack.org/keystone/latest/user/application_credentials.html',
  envName: 'OS_APPLICATION_CREDENTIAL_SECRET',
  keywords: ['application_credential', 'os_password', 'auth_url', 'openstack'],
  priority: 2,
  ...namedValue({
    vendor:
      'os[_-]application[_-]credential[_-]secret|application[_-]credential[_-]secret|os[_-]password',
    value: PASSWORD,
    after: PASSWORD_END,
    context: /auth_url|keystone|openstack|clouds\.yaml|jetstream/i,
    random: isPassword
  }),
  samples: {
    positive: [
      `%env OS_APPLICATION_CREDENTIAL_SECRET=${fakeToken(86, BASE64URL, 'os1')}`,
      `%%writefile clouds.yaml\nclouds:\n  js2:\n    auth:\n      auth_url: https://js2.jetstream-cloud.org:5000/v3/\n      username: someone\n      password: ${fakeToken(14, ALNUM, 'os2')}!\n`
    ],
    negative: [
      'export OS_PASSWORD=$OS_PASSWORD_INPUT',
      'auth:\n  auth_url: https://keystone.example.org/v3\n  password: "{{ os_password }}"'
    ]
  }
};
