/**
 * Known credential files: recognised by path and format, even when no rule fires.
 */
export * from './types';
export { credentialFileKinds } from './catalog';
export {
  credentialFileFindings,
  credentialFileKind,
  ICredentialFileInput,
  IRuleSpan,
  READABLE_BY_OTHERS
} from './classify';
export { inspectSshKey, openSshCipher } from './ssh-key';
