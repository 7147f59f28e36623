import { IRule } from '../types';
import { ageSecretKey, ageSecretKeyBadChecksum } from './age-secret-key';
import { aiRules } from './ai';
import { anthropicApiKey } from './anthropic-api-key';
import { authorizationHeader } from './authorization-header';
import { awsAccessKeyId, awsSecretAccessKey, awsSessionToken } from './aws';
import { awsAppsyncApiKey } from './aws-appsync-api-key';
import { azureSasToken, azureStorageAccountKey } from './azure';
import { azureDevopsToken, azureDevopsTokenLegacy } from './azure-devops-token';
import { azureEntraClientSecret } from './azure-entra-client-secret';
import { basicAuthPassword } from './basic-auth-password';
import { cloudRules } from './cloud';
import { codeHostingRules } from './code-hosting';
import { commandLinePassword } from './command-line-password';
import { copernicusCdsKey } from './copernicus-cds-key';
import { databaseConnectionString } from './database-connection-string';
import { databricksToken } from './databricks-token';
import { dockerConfigAuth } from './docker-config-auth';
import { dockerHubToken } from './docker-hub-token';
import { earthdataLogin } from './earthdata-login';
import { environmentDefault } from './environment-default';
import { gcpServiceAccount } from './gcp-service-account';
import { genericApiKey } from './generic-api-key';
import {
  githubFineGrainedToken,
  githubToken,
  githubTokenBadChecksum
} from './github';
import { gitlabToken } from './gitlab-token';
import {
  googleApiKey,
  googleOauthAccessToken,
  googleOauthClientSecret,
  googleOauthRefreshToken
} from './google';
import { hardcodedPassword } from './hardcoded-password';
import { huggingfaceToken } from './huggingface-token';
import { iotRules } from './iot';
import { jupyterToken } from './jupyter-token';
import { jwt } from './jwt';
import { kubernetesBootstrapToken } from './kubernetes-bootstrap-token';
import { kaggleApiKey, kaggleApiToken } from './kaggle';
import { keyInProse } from './key-in-prose';
import { mapboxSecretToken } from './mapbox-secret-token';
import { messagingRules } from './messaging';
import { netrcPassword } from './netrc-password';
import { npmToken, npmTokenBadChecksum } from './npm-token';
import { openaiApiKey } from './openai-api-key';
import { passwordInProse } from './password-in-prose';
import { credentialInTableColumn } from './credential-in-table-column';
import { privateKey } from './private-key';
import { privateKeyBase64 } from './private-key-base64';
import { paymentsRules } from './payments';
import { pgpassPassword } from './pgpass-password';
import { printedSecret } from './printed-secret';
import { productivityRules } from './productivity';
import { pypiToken } from './pypi-token';
import { researchRules } from './research';
import { sendgridApiKey } from './sendgrid-api-key';
import { sessionCookie } from './session-cookie';
import { slackToken, slackWebhookUrl } from './slack';
import {
  stripeSecretKey,
  stripeTestKey,
  webhookSigningSecret
} from './stripe-secret-key';
import { twilioApiKey, twilioAuthToken } from './twilio';
import { urlCredentials } from './url-credentials';
import { userPasswordTuple } from './user-password-tuple';
import { wandbApiKey } from './wandb-api-key';

/**
 * Every built-in rule, sorted by id.
 *
 * Notes: sorted here rather than by hand so that a new rule cannot break the order.
 */
export const builtinRules: readonly IRule[] = [
  ageSecretKey,
  ageSecretKeyBadChecksum,
  anthropicApiKey,
  authorizationHeader,
  awsAccessKeyId,
  awsSecretAccessKey,
  awsSessionToken,
  awsAppsyncApiKey,
  azureStorageAccountKey,
  azureSasToken,
  azureDevopsToken,
  azureDevopsTokenLegacy,
  azureEntraClientSecret,
  basicAuthPassword,
  commandLinePassword,
  copernicusCdsKey,
  databaseConnectionString,
  databricksToken,
  dockerConfigAuth,
  dockerHubToken,
  earthdataLogin,
  environmentDefault,
  gcpServiceAccount,
  genericApiKey,
  githubToken,
  githubTokenBadChecksum,
  githubFineGrainedToken,
  gitlabToken,
  googleApiKey,
  googleOauthRefreshToken,
  googleOauthAccessToken,
  googleOauthClientSecret,
  hardcodedPassword,
  huggingfaceToken,
  jupyterToken,
  jwt,
  kubernetesBootstrapToken,
  kaggleApiKey,
  kaggleApiToken,
  keyInProse,
  mapboxSecretToken,
  netrcPassword,
  npmToken,
  npmTokenBadChecksum,
  openaiApiKey,
  passwordInProse,
  credentialInTableColumn,
  pgpassPassword,
  printedSecret,
  privateKey,
  privateKeyBase64,
  pypiToken,
  sendgridApiKey,
  sessionCookie,
  slackToken,
  slackWebhookUrl,
  stripeSecretKey,
  stripeTestKey,
  twilioApiKey,
  twilioAuthToken,
  urlCredentials,
  userPasswordTuple,
  wandbApiKey,
  webhookSigningSecret,
  ...aiRules,
  ...cloudRules,
  ...researchRules,
  ...iotRules,
  ...codeHostingRules,
  ...messagingRules,
  ...paymentsRules,
  ...productivityRules
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
