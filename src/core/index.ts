/**
 * The pure detection core: rules and engine, free of JupyterLab, DOM and Node.
 */
export * from './types';
export { ICustomRule } from './custom-rules';
export { IScannerConfig, Scanner } from './scanner';
export { INotebookScanResult } from './notebook';
export { outputText, stripAnsi } from './output-text';
export { mask } from './mask';
export { fingerprint } from './fingerprint';
export { entropy } from './entropy';
export { isPlaceholder } from './placeholder';
export { scan, IScanOptions } from './scan';
export { builtinRules } from './rules';
export { fakeToken, seededRandom } from './fake-token';
export {
  fakeAwsKeyId,
  fakeAgeSecretKey,
  fakeAwsSecret,
  fakeGithubToken,
  fakeHex,
  fakeJwt,
  fakePem,
  fakePemBody,
  fakeUuid
} from './fake-credentials';
export { checkRegexSource } from './regex-safety';
export { hasBech32Checksum } from './bech32';
export { errorKind } from './error-kind';
export { highestSeverity, SEVERITY_RANK } from './severity';
export { METADATA_KEY } from './suppress-metadata';
