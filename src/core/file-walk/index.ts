/**
 * What a walk over a home directory reads and what it leaves out: shared by the
 * browser's check and the command-line scanner.
 */
export { MAX_FILE_BYTES, SkipReason, skipByContent, skipByPath } from './skips';
export { isBinaryName, readKind, ReadKind } from './read-kind';
export {
  auditFile,
  IAuditFileInput,
  IAuditFileResult,
  IAuditFinding
} from './audit-file';
