import { JupyterFrontEndPlugin } from '@jupyterlab/application';

import { editorWarningsPlugin } from './editor';
import { fileFindingsPlugin } from './file-findings';
import { findingsPanelPlugin } from './findings-panel';
import { notebookFindingsPlugin } from './notebook';
import { scannerPlugin } from './scanner';
import { statusBarPlugin } from './statusbar';

/**
 * The plugins of the inline warnings feature (issue 4), in one list so that
 * `src/index.ts` names them once.
 */
export const inlineWarningPlugins: JupyterFrontEndPlugin<any>[] = [
  scannerPlugin,
  notebookFindingsPlugin,
  fileFindingsPlugin,
  editorWarningsPlugin,
  statusBarPlugin,
  findingsPanelPlugin
];
