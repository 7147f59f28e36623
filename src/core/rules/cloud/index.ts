import { IRule } from '../../types';
import { algoliaApiKey } from './algolia-api-key';
import { alibabaAccessKeyId } from './alibaba-access-key-id';
import { azureAiSearchKey } from './azure-ai-search-key';
import { azureAppConfigurationConnectionString } from './azure-app-configuration-connection-string';
import { azureContainerRegistryPassword } from './azure-container-registry-password';
import { azureCosmosDbKey } from './azure-cosmos-db-key';
import { cloudflareApiToken } from './cloudflare-api-token';
import { cloudflareGlobalApiKey } from './cloudflare-global-api-key';
import { cloudflareOriginCaKey } from './cloudflare-origin-ca-key';
import { confluentApiSecret } from './confluent-api-secret';
import { datadogApiKey } from './datadog-api-key';
import { digitaloceanToken } from './digitalocean-token';
import { dopplerToken } from './doppler-token';
import { dropboxAccessToken } from './dropbox-access-token';
import { dynatraceToken } from './dynatrace-token';
import { firebaseCloudMessagingKey } from './firebase-cloud-messaging-key';
import { flyioToken } from './flyio-token';
import { grafanaApiKey } from './grafana-api-key';
import { grafanaCloudToken } from './grafana-cloud-token';
import { grafanaServiceAccountToken } from './grafana-service-account-token';
import { hashicorpVaultToken } from './hashicorp-vault-token';
import { hashicorpVaultTokenLegacy } from './hashicorp-vault-token';
import { herokuApiKey } from './heroku-api-key';
import { ibmCloudApiKey } from './ibm-cloud-api-key';
import { locationiqAccessToken } from './locationiq-access-token';
import { maxmindLicenseKey } from './maxmind-license-key';
import { netlifyToken } from './netlify-token';
import { newRelicKey } from './new-relic-key';
import { ngrokAuthtoken } from './ngrok-authtoken';
import { oktaApiToken } from './okta-api-token';
import { openshiftUserToken } from './openshift-user-token';
import { planetscaleToken } from './planetscale-token';
import { prefectApiKey } from './prefect-api-key';
import { pulumiAccessToken } from './pulumi-access-token';
import { renderApiKey } from './render-api-key';
import { scalingoApiToken } from './scalingo-api-token';
import { sentryToken } from './sentry-token';
import { supabaseToken } from './supabase-token';
import { tailscaleKey } from './tailscale-key';
import { tencentCloudSecretId } from './tencent-cloud-secret-id';
import { terraformCloudToken } from './terraform-cloud-token';
import { vercelToken } from './vercel-token';
import { yandexCloudKey } from './yandex-cloud-key';

/** Rules for cloud platforms, hosting, infrastructure and observability services. */
export const cloudRules: readonly IRule[] = [
  algoliaApiKey,
  alibabaAccessKeyId,
  azureAiSearchKey,
  azureAppConfigurationConnectionString,
  azureContainerRegistryPassword,
  azureCosmosDbKey,
  cloudflareApiToken,
  cloudflareGlobalApiKey,
  cloudflareOriginCaKey,
  confluentApiSecret,
  datadogApiKey,
  digitaloceanToken,
  dopplerToken,
  dropboxAccessToken,
  dynatraceToken,
  firebaseCloudMessagingKey,
  flyioToken,
  grafanaApiKey,
  grafanaCloudToken,
  grafanaServiceAccountToken,
  hashicorpVaultToken,
  hashicorpVaultTokenLegacy,
  herokuApiKey,
  ibmCloudApiKey,
  locationiqAccessToken,
  maxmindLicenseKey,
  netlifyToken,
  newRelicKey,
  ngrokAuthtoken,
  oktaApiToken,
  openshiftUserToken,
  planetscaleToken,
  prefectApiKey,
  pulumiAccessToken,
  renderApiKey,
  scalingoApiToken,
  sentryToken,
  supabaseToken,
  tailscaleKey,
  tencentCloudSecretId,
  terraformCloudToken,
  vercelToken,
  yandexCloudKey
];
