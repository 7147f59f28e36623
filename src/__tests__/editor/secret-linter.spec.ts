import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

import { fakeAwsKeyId, fakeAwsSecret, fakeGithubToken } from '../../core';
import { lintNow } from '../../editor/lint-driver';
import { SecretLinter } from '../../editor/secret-linter';
import { DocumentFindings } from '../../notebook/document-findings';
import { SecretScannerService } from '../../scanner/scanner-service';
import { MarkingTranslator } from '../i18n/fake-translator';
import { FakeSettings, fakeService, notebookWith } from '../notebook/fakes';

describe('SecretLinter', () => {
  let settings: FakeSettings;
  let service: SecretScannerService;

  beforeEach(() => {
    settings = new FakeSettings();
    service = fakeService(settings);
  });

  afterEach(() => service.dispose());

  describe('in a file editor', () => {
    const fileModel = { sharedModel: { getSource: () => '' } };

    it('should underline an AWS key pair and name it without the secret', () => {
      const id = fakeAwsKeyId();
      const secret = fakeAwsSecret();
      const text = `AWS_ACCESS_KEY_ID=${id}\nAWS_SECRET_ACCESS_KEY=${secret}\n`;
      const linter = new SecretLinter({ scanner: service, model: fileModel });
      const diagnostics = linter.diagnostics(EditorState.create({ doc: text }));
      expect(diagnostics.map(d => text.slice(d.from, d.to))).toEqual([
        id,
        secret
      ]);
      expect(diagnostics[1].severity).toBe('error');
      expect(diagnostics[0].message).toContain('AWS access key id');
      expect(diagnostics[0].message).toMatch(/environment variable/);
      for (const d of diagnostics) {
        expect(d.message).not.toContain(id);
        expect(d.message).not.toContain(secret);
      }
    });

    it('should render a tooltip with the risk, the remedy and the provider page', () => {
      const text = `token = "${fakeGithubToken()}"`;
      const linter = new SecretLinter({ scanner: service, model: fileModel });
      const [diagnostic] = linter.diagnostics(
        EditorState.create({ doc: text })
      );
      const node = diagnostic.renderMessage!(null as any) as HTMLElement;
      expect(node.querySelector('strong')!.textContent).toMatch(
        /^GitHub token \(ghp_/
      );
      const link = node.querySelector('a')!;
      expect(link.href).toBe('https://github.com/settings/tokens');
      expect(link.rel).toContain('noopener');
    });

    it("should translate the rule's title, risk and remedy in the extension's domain", () => {
      const translator = new MarkingTranslator();
      const text = `token = "${fakeGithubToken()}"`;
      const linter = new SecretLinter({
        scanner: service,
        model: fileModel,
        translator
      });
      const [diagnostic] = linter.diagnostics(
        EditorState.create({ doc: text })
      );
      expect(translator.domains).toEqual(['jupyterlab_credential_guard']);
      const node = diagnostic.renderMessage!(null as any) as HTMLElement;
      // The headline is translated as a whole and holds the translated title.
      expect(node.querySelector('strong')!.textContent).toMatch(
        /^««GitHub token» \(ghp_/
      );
      const risk = node.querySelector('.jp-CredentialGuard-warningRisk')!;
      expect(risk.textContent).toMatch(/^«A GitHub token acts as you/);
      // The tooltip stays short; the remedy is in the message screen readers read.
      expect(
        node.querySelector('.jp-CredentialGuard-warningRemedy')
      ).toBeNull();
      expect(diagnostic.message).toContain('«Read it from an environment');
    });

    it('should show nothing when inline warnings are off', () => {
      settings.set({ inlineWarnings: false });
      const linter = new SecretLinter({ scanner: service, model: fileModel });
      const state = EditorState.create({ doc: `t = "${fakeGithubToken()}"` });
      expect(linter.diagnostics(state)).toEqual([]);
    });
  });

  describe('in a cell editor', () => {
    /** A one-cell notebook holding a token, scanned, and the linter of its cell. */
    function scannedCell() {
      const source = `t = "${fakeGithubToken()}"`;
      const model = notebookWith([{ source }]);
      const findings = new DocumentFindings({ model, scanner: service });
      const registration = service.addDocument(findings);
      findings.flush();
      const cell = model.cells.get(0);
      const linter = new SecretLinter({ scanner: service, model: cell });
      return { source, findings, registration, cell, linter };
    }

    it("should reuse the notebook's findings when they match the text", () => {
      const { source, findings, registration, linter } = scannedCell();
      const scan = jest.spyOn(service.scanner, 'scanCellSource');
      expect(
        linter.diagnostics(EditorState.create({ doc: source }))
      ).toHaveLength(1);
      expect(scan).not.toHaveBeenCalled();

      // Typing is ahead of the debounced scan: the linter scans the text itself.
      const typed = `${source}\nu = "${fakeGithubToken()}"`;
      expect(
        linter.diagnostics(EditorState.create({ doc: typed }))
      ).toHaveLength(2);
      expect(scan).toHaveBeenCalledTimes(1);

      findings.paused = true;
      expect(linter.diagnostics(EditorState.create({ doc: source }))).toEqual(
        []
      );
      registration.dispose();
      findings.dispose();
    });

    it('should update an editor only when a re-scan changes what it shows', () => {
      jest.useFakeTimers();
      const { source, findings, registration, cell, linter } = scannedCell();
      let updates = 0;
      const view = new EditorView({
        doc: source,
        extensions: [
          linter.extension(),
          EditorView.updateListener.of(() => updates++)
        ],
        parent: document.body
      });
      const underlined = () =>
        view.dom.querySelectorAll('.cm-lintRange-error').length;
      // The scan's signal, then the driver's timer.
      const rescan = () => {
        findings.flush();
        jest.advanceTimersByTime(0);
      };
      lintNow(view);
      expect(underlined()).toBe(1);

      // The notebook re-scans the cell (its metadata changed) and finds the same token.
      updates = 0;
      cell.setMetadata('tags', ['analysis']);
      rescan();
      expect(updates).toBe(0);

      // Now the token is allowed: the editor must drop its underline.
      cell.setMetadata('credential_guard', { allow: ['github-token'] });
      rescan();
      expect(updates).toBeGreaterThan(0);
      expect(underlined()).toBe(0);

      // Turning warnings off changes what it should show too.
      cell.deleteMetadata('credential_guard');
      rescan();
      expect(underlined()).toBe(1);
      settings.set({ inlineWarnings: false });
      // The notebook re-scans at once, and the driver lints after it: a timer set
      // while fake timers run is due a millisecond later.
      jest.advanceTimersByTime(1);
      expect(underlined()).toBe(0);

      view.destroy();
      registration.dispose();
      findings.dispose();
      jest.useRealTimers();
    });

    it('should honour allow marks in the cell metadata', () => {
      const source = `t = "${fakeGithubToken()}"`;
      const model = notebookWith([{ source }]);
      const cell = model.cells.get(0);
      cell.setMetadata('credential_guard', { allow: ['github-token'] });
      const linter = new SecretLinter({ scanner: service, model: cell });
      expect(linter.diagnostics(EditorState.create({ doc: source }))).toEqual(
        []
      );
    });
  });
});
