import {
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import {
  EditorExtensionRegistry,
  IEditorExtensionRegistry
} from '@jupyterlab/codemirror';
import { ITranslator } from '@jupyterlab/translation';

// Editors are created as soon as a document opens: the linter must be registered by then.
// eslint-disable-next-line jupyter/prefer-lazy-imports
import { SecretLinter } from '../editor/secret-linter';
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
  optional: [ITranslator],
  activate: (
    _app: JupyterFrontEnd,
    scanner: ISecretScanner,
    registry: IEditorExtensionRegistry,
    translator: ITranslator | null
  ): void => {
    registry.addExtension({
      name: 'jupyterlab-credential-guard:secret-linter',
      factory: options =>
        EditorExtensionRegistry.createImmutableExtension(
          new SecretLinter({
            scanner,
            model: options.model,
            translator
          }).extension()
        )
    });
  }
};
