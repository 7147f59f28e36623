import { IRule } from '../../types';
import { adafruitIoKey } from './adafruit-io-key';
import { airtableToken } from './airtable-token';
import { asanaToken } from './asana-token';
import { contentfulToken } from './contentful-token';
import { hubspotPrivateAppToken } from './hubspot-private-app-token';
import { intercomAccessToken } from './intercom-access-token';
import { linearApiKey } from './linear-api-key';
import { notionToken } from './notion-token';
import { zendeskApiToken } from './zendesk-api-token';

/** Rules for productivity, collaboration, CRM and IoT services. */
export const productivityRules: readonly IRule[] = [
  adafruitIoKey,
  airtableToken,
  asanaToken,
  contentfulToken,
  hubspotPrivateAppToken,
  intercomAccessToken,
  linearApiKey,
  notionToken,
  zendeskApiToken
];
