/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { BASE64URL } from '../alphabets';
import { namedValue } from '../named-value';
import { mixedCase, rotate } from '../shared';

/** IBM Cloud API keys (44 characters), by their name or the IBM IAM host. */
export const ibmCloudApiKey: IRule = {
  id: 'ibm-cloud-api-key',
  title: 'IBM Cloud API key',
  severity: 'error',
  description:
    'An IBM Cloud API key signs in as its user or service ID, with every access policy it holds (Cloud Object Storage, watsonx, databases).',
  remediation: rotate('IBM Cloud (Manage › Access (IAM) › API keys)'),
  revokeUrl: 'https://cloud.ibm.com/iam/apikeys',
  envName: 'IBMCLOUD_API_KEY',
  keywords: ['ibm'],
  ...namedValue({
    vendor:
      'ibm[_-]?cloud[_-]?api[_-]?key|ibm[_-]?api[_-]?key|ic[_-]api[_-]key|ibm_boto3',
    value: '[A-Za-z0-9_-]{44}',
    context: /iam\.cloud\.ibm\.com|ibm_boto3|ibm[_-]?cloud|ibm_watson/i,
    check: mixedCase
  }),
  samples: {
    positive: [
      `IBMCLOUD_API_KEY=${fakeToken(44, BASE64URL, 'ibm')}`,
      `cos = ibm_boto3.client("s3", ibm_api_key_id="${fakeToken(44, BASE64URL, 'ibm2')}", config=Config(signature_version="oauth"))`
    ],
    negative: [`api_key = "${fakeToken(44, BASE64URL, 'ibm3')}"`]
  }
};
