import { IRule } from '../../types';
import { adafruitIoKey } from './adafruit-io-key';
import { airtableToken } from './airtable-token';
import { asanaToken } from './asana-token';
import { contentfulToken } from './contentful-token';
import { frameioToken } from './frameio-token';
import { hubspotPrivateAppToken } from './hubspot-private-app-token';
import { intercomAccessToken } from './intercom-access-token';
import { linearApiKey } from './linear-api-key';
import { notionToken } from './notion-token';
import { readmeApiKey } from './readme-api-key';
import { typeformToken } from './typeform-token';
import { zendeskApiToken } from './zendesk-api-token';

/** Rules for productivity, collaboration, CRM and IoT services. */
export const productivityRules: readonly IRule[] = [
  adafruitIoKey,
  airtableToken,
  asanaToken,
  contentfulToken,
  frameioToken,
  hubspotPrivateAppToken,
  intercomAccessToken,
  linearApiKey,
  notionToken,
  readmeApiKey,
  typeformToken,
  zendeskApiToken
];
