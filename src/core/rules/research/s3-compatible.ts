import { IMatchContext, IRule, IRuleSamples } from '../../types';
import { SEPARATOR } from '../named-value';
import { near, randomLooking, rotate } from '../shared';

/** The names S3 clients give the secret half of a key pair (boto3, s3fs, MinIO, rclone…). */
const SECRET_NAME =
  '(?<![A-Za-z0-9])(?:aws[_-]?secret[_-]?access[_-]?key|secret[_-]?access[_-]?key|secret[_-]?key|secretkey|application[_-]?key|secret|password)';

/** Options of `s3CompatibleRule`. */
export interface IS3CompatibleOptions {
  id: string;
  /** The storage provider, as in "Cloudflare R2". */
  provider: string;
  /** Its endpoint or client, which must occur near the secret. */
  context: RegExp;
  /** Keywords: the endpoint's or client's words. */
  keywords: string[];
  /** Regex source of the secret's shape. */
  value: string;
  /** Where keys are revoked, for the remediation text. */
  where: string;
  revokeUrl: string;
  envName: string;
  samples: IRuleSamples;
}

/**
 * A rule for the secret key of an S3-compatible object store, recognised by the endpoint
 * nearby (`endpoint_url="https://<account>.r2.cloudflarestorage.com"`, `s3.wasabisys.com`,
 * a MinIO client…): the same names as AWS's, so the endpoint is what names the provider.
 *
 * Notes: priority 2, above `aws-secret-access-key` (1), so a Wasabi or Ceph key in a boto3
 * call is named for its provider.
 */
export function s3CompatibleRule(options: IS3CompatibleOptions): IRule {
  return {
    id: options.id,
    title: `${options.provider} secret key`,
    severity: 'error',
    description: `A ${options.provider} secret key, with its key id, reads, writes and deletes the buckets it may reach, billed to your account.`,
    remediation: rotate(options.where),
    revokeUrl: options.revokeUrl,
    envName: options.envName,
    keywords: options.keywords,
    pattern: new RegExp(
      `${SECRET_NAME}${SEPARATOR}(${options.value})(?![A-Za-z0-9+/=_-])`,
      'gi'
    ),
    secretGroup: 1,
    minEntropy: 3.5,
    priority: 2,
    validate: (secret: string, context: IMatchContext): boolean =>
      randomLooking(secret, 3.5) && near(context, options.context, 600),
    samples: options.samples
  };
}
