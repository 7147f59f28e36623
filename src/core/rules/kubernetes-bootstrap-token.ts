/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { LOWER_ALNUM } from './alphabets';

/** The bootstrap token of the Kubernetes documentation's examples. */
const DOCUMENTED = /^abcdef\.?0123456789abcdef$/;

/**
 * Kubernetes bootstrap tokens (`[a-z0-9]{6}.[a-z0-9]{16}`): in `kubeadm join --token`,
 * `--discovery-token`, `--tls-bootstrap-token`, a `token:` of a kubeadm configuration,
 * and the `token-secret` of a bootstrap token Secret.
 *
 * Notes: every match opens with one of its keywords (`keywordWithin: 0`).
 */
export const kubernetesBootstrapToken: IRule = {
  id: 'kubernetes-bootstrap-token',
  title: 'Kubernetes bootstrap token',
  severity: 'error',
  description:
    'A Kubernetes bootstrap token lets a machine join the cluster as a node, and with it read what nodes may read.',
  remediation:
    'Delete the token (kubeadm token delete <id>, or its bootstrap-token-<id> Secret in kube-system) and create a short-lived one when a node joins.',
  revokeUrl:
    'https://kubernetes.io/docs/reference/access-authn-authz/bootstrap-tokens/',
  envName: 'KUBEADM_TOKEN',
  keywords: [
    '--token',
    '--discovery-token',
    '--tls-bootstrap-token',
    'token:',
    'token-secret'
  ],
  keywordWithin: 0,
  pattern:
    /(?:--(?:discovery-|tls-bootstrap-)?token(?:[ \t]{1,3}|=)|token:[ \t]{0,3})["']?([a-z0-9]{6}\.[a-z0-9]{16})(?![A-Za-z0-9])|token-secret:[ \t]{0,3}["']?([a-z0-9]{16})(?![A-Za-z0-9])/g,
  secretGroup: 1,
  validate: secret =>
    !DOCUMENTED.test(secret) && /\d/.test(secret) && /[a-z]/.test(secret),
  minEntropy: 2.5,
  samples: {
    positive: [
      `!kubeadm join 10.0.0.5:6443 --token ${fakeToken(6, LOWER_ALNUM, 'kb')}.${fakeToken(16, LOWER_ALNUM, 'kb-2')} --discovery-token-ca-cert-hash sha256:${'a1'.repeat(32)}`,
      `bootstrapTokens:\n- token: "${fakeToken(6, LOWER_ALNUM, 'kb-3')}.${fakeToken(16, LOWER_ALNUM, 'kb-4')}"`,
      `stringData:\n  token-id: ${fakeToken(6, LOWER_ALNUM, 'kb-5')}\n  token-secret: ${fakeToken(16, LOWER_ALNUM, 'kb-6')}`
    ],
    negative: [
      'kubeadm join 10.0.0.5:6443 --token abcdef.0123456789abcdef',
      'kubeadm join --token <token> --discovery-token-ca-cert-hash sha256:<hash>',
      'version: v1.28.2-rc.0123456789abcdef'
    ]
  }
};
