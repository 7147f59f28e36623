import { IRule } from '../types';
import { awsAccessKeyId, awsSecretAccessKey, awsSessionToken } from './aws';
import { githubFineGrainedToken, githubToken } from './github';

/**
 * Every built-in rule, sorted by id.
 *
 * Notes: the sort is done here rather than by hand so a new rule cannot break the order.
 */
export const builtinRules: readonly IRule[] = [
  awsAccessKeyId,
  awsSecretAccessKey,
  awsSessionToken,
  githubFineGrainedToken,
  githubToken
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
