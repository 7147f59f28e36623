import {
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import {
  EditorExtensionRegistry,
  IEditorExtensionRegistry
} from '@jupyterlab/codemirror';
import { ICellModel } from '@jupyterlab/cells';
import { ICommandPalette } from '@jupyterlab/apputils';
import { IEditorTracker } from '@jupyterlab/fileeditor';
import { INotebookTracker } from '@jupyterlab/notebook';
import { EditorView } from '@codemirror/view';
import { ITranslator, nullTranslator } from '@jupyterlab/translation';

// Editors are created as soon as a document opens: the linter must be registered by then.
// eslint-disable-next-line jupyter/prefer-lazy-imports
import { SecretLinter } from '../editor/secret-linter';
import { TRANSLATION_DOMAIN } from '../i18n/domain';
import { IFinding } from '../core';
import { addressOfCell } from '../fixes/cell-locator';
import { CommandIDs } from '../fixes/command-ids';
import { ISecretScanner } from '../tokens';

/**
 * Underlines credentials in every CodeMirror editor (cells, file editor, console) as
 * CodeMirror lint diagnostics, with gutter marks and an explanation on hover.
 *
 * #### Notes
 * The extension has no `schema`, so it adds no switch under Settings › CodeMirror; the
 * `inlineWarnings` setting of the scanner turns it off.
 */
export const editorWarningsPlugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-credential-guard:editor-warnings',
  description:
    'Marks credentials in cell and file editors as lint diagnostics, with a gutter mark and an explanation.',
  autoStart: true,
  requires: [ISecretScanner, IEditorExtensionRegistry],
  optional: [ITranslator, INotebookTracker, IEditorTracker, ICommandPalette],
  activate: (
    app: JupyterFrontEnd,
    scanner: ISecretScanner,
    registry: IEditorExtensionRegistry,
    translator: ITranslator | null,
    notebooks: INotebookTracker | null,
    editors: IEditorTracker | null,
    palette: ICommandPalette | null
  ): void => {
    const trans = (translator ?? nullTranslator).load(TRANSLATION_DOMAIN);
    const { commands } = app;
    // The fixes of a cell's finding, when the fix commands are there. The cell's address
    // is read when the fixes are offered: its index and its notebook's path can change.
    const cellActions =
      (cell: ICellModel['sharedModel'], isCode: boolean) =>
      (finding: IFinding): SecretLinter.ILintAction[] => {
        const args = {
          ...addressOfCell(notebooks, cell),
          fingerprint: finding.fingerprint
        };
        const offer = (name: string, id: string) =>
          commands.hasCommand(id) && commands.isEnabled(id, args)
            ? [{ name, run: () => void commands.execute(id, args) }]
            : [];
        return [
          ...(isCode
            ? offer(
                trans.__('Use environment variable'),
                CommandIDs.replaceWithEnv
              )
            : []),
          ...offer(trans.__('Not a secret'), CommandIDs.markNotSecret)
        ];
      };
    // The editor the fixes are for: the focused one (Accel . while typing), else the
    // current notebook's active cell or the current file editor (from the palette).
    const currentView = (): EditorView | null => {
      const focused = document.activeElement?.closest('.cm-editor');
      const host =
        focused ??
        (app.shell.currentWidget === notebooks?.currentWidget
          ? notebooks?.activeCell?.editor?.host
          : editors?.currentWidget === app.shell.currentWidget
            ? editors?.currentWidget?.content.editor.host
            : null
        )?.querySelector('.cm-editor');
      return host instanceof HTMLElement ? EditorView.findFromDOM(host) : null;
    };
    commands.addCommand(CommandIDs.showFixes, {
      label: trans.__('Show Fixes for the Credential at the Cursor'),
      caption: trans.__(
        'Open the fixes of the credential under the cursor, as its tooltip offers them'
      ),
      describedBy: { args: { type: 'object', properties: {} } },
      execute: async () => {
        const view = currentView();
        if (!view) {
          return;
        }
        const { openFixesMenu } = await import('../editor/fixes-menu');
        openFixesMenu(view, {
          showFindingsLabel: trans.__('Show in the Credentials panel'),
          showFindings: commands.hasCommand(CommandIDs.showFindings)
            ? () => void commands.execute(CommandIDs.showFindings)
            : undefined
        });
      }
    });

    palette?.addItem({
      command: CommandIDs.showFixes,
      category: trans.__('Credential Guard')
    });

    registry.addExtension({
      name: 'jupyterlab-credential-guard:secret-linter',
      factory: options =>
        EditorExtensionRegistry.createImmutableExtension(
          new SecretLinter({
            scanner,
            model: options.model,
            translator,
            actions: cellOf(options.model)
              ? cellActions(
                  cellOf(options.model)!.sharedModel,
                  cellOf(options.model)!.type === 'code'
                )
              : undefined
          }).extension()
        )
    });
  }
};

/**
 * The cell model behind an editor model, if it is one.
 */
function cellOf(
  model: unknown
): { sharedModel: ICellModel['sharedModel']; type: string } | null {
  const cell = model as {
    type?: unknown;
    sharedModel?: ICellModel['sharedModel'] & { cell_type?: unknown };
  };
  return typeof cell.sharedModel?.cell_type === 'string' &&
    typeof cell.type === 'string'
    ? { sharedModel: cell.sharedModel, type: cell.type }
    : null;
}
