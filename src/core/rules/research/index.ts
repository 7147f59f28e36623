import { IRule } from '../../types';
import { backblazeB2ApplicationKey } from './backblaze-b2-application-key';
import { cephRgwSecretKey } from './ceph-rgw-secret-key';
import { cloudflareR2SecretKey } from './cloudflare-r2-secret-key';
import { copernicusMarineCredential } from './copernicus-marine-credential';
import { dataverseApiToken } from './dataverse-api-token';
import { ecmwfApiKey } from './ecmwf-api-key';
import { figshareToken } from './figshare-token';
import { globusCredential } from './globus-credential';
import { jupyterhubServerSecret } from './jupyterhub-server-secret';
import { minioSecretKey } from './minio-secret-key';
import { nasaApiKey } from './nasa-api-key';
import { noaaCdoToken } from './noaa-cdo-token';
import { openstackCredential } from './openstack-credential';
import { opentopographyApiKey } from './opentopography-api-key';
import { orcidToken } from './orcid-token';
import { osfToken } from './osf-token';
import { planetApiKey } from './planet-api-key';
import { sentinelHubClientSecret } from './sentinel-hub-client-secret';
import { wasabiSecretKey } from './wasabi-secret-key';
import { zenodoToken } from './zenodo-token';

/** Rules for research infrastructure: data repositories, research clouds, Earth-observation and climate data services, S3-compatible storage and hubs. */
export const researchRules: readonly IRule[] = [
  backblazeB2ApplicationKey,
  cephRgwSecretKey,
  cloudflareR2SecretKey,
  copernicusMarineCredential,
  dataverseApiToken,
  ecmwfApiKey,
  figshareToken,
  globusCredential,
  jupyterhubServerSecret,
  minioSecretKey,
  nasaApiKey,
  noaaCdoToken,
  openstackCredential,
  opentopographyApiKey,
  orcidToken,
  osfToken,
  planetApiKey,
  sentinelHubClientSecret,
  wasabiSecretKey,
  zenodoToken
];
