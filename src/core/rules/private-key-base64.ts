/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { decodeBase64, encodeBase64Url } from '../base64';
import { fakePem } from '../fake-credentials';
import { IRule } from '../types';

/** A PEM private key header, as the decoded text starts. */
const PEM_PRIVATE_HEADER =
  /^-----BEGIN (?:(?:RSA|EC|DSA|OPENSSH|ENCRYPTED) )?PRIVATE KEY-----\s*[A-Za-z0-9+/]{16}/;

/**
 * PEM private keys wrapped in base64, as Kubernetes secrets, CI variables and some
 * service configs carry them: `LS0tLS1CRUdJTi…` is the base64 of `-----BEGIN`.
 *
 * Notes: only the start is decoded; it must be a private key header followed by key
 * data (a public key or a certificate is not reported).
 */
export const privateKeyBase64: IRule = {
  id: 'private-key-base64',
  title: 'Private key (base64-wrapped)',
  severity: 'error',
  description:
    'A base64-wrapped private key is a private key all the same: anyone who copies it can decode it and log in, sign or decrypt as you.',
  remediation:
    'Keep the key in a file outside the notebook, or in the hub secret store, and load it by path. If it was shared, revoke it everywhere it is trusted and generate a new one.',
  envName: 'PRIVATE_KEY_PATH',
  keywords: ['LS0tLS1CRUdJTi'],
  pattern: /(LS0tLS1CRUdJTi[A-Za-z0-9+/_-]{60,20000}={0,2})/g,
  secretGroup: 1,
  validate: secret => {
    const head = decodeBase64(
      secret.slice(0, 120).replace(/-/g, '+').replace(/_/g, '/')
    );
    return head !== null && PEM_PRIVATE_HEADER.test(head);
  },
  samples: {
    positive: [
      `key = "${encodeBase64Url(fakePem())}"`,
      `tls.key: ${encodeBase64Url(fakePem('EC '))}`
    ],
    negative: [
      `cert = "${encodeBase64Url('-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ')}"`,
      `pub = "${encodeBase64Url('-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE')}"`,
      `doc = "${encodeBase64Url('-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----')}"`
    ]
  }
};
