/**
 * The ids of the fix commands. Their arguments name a cell by id (`cellId`), with its
 * notebook's `path` and its `cellIndex` where known (two cells can share an id), and a
 * finding by `fingerprint` (never by its value); `outputIndex` picks one output.
 */
export namespace CommandIDs {
  export const replaceWithEnv = 'jupyterlab-credential-guard:replace-with-env';
  export const clearOutputs = 'jupyterlab-credential-guard:clear-outputs';
  export const markNotSecret = 'jupyterlab-credential-guard:mark-not-secret';
  export const togglePause = 'jupyterlab-credential-guard:toggle-pause';
  export const showFindings = 'jupyterlab-credential-guard:show-findings';
  export const showFixes = 'jupyterlab-credential-guard:show-fixes';
}
