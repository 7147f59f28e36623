import { fakeGithubToken } from '../../core';
import { EditorTarget } from '../../editor/editor-target';
import { DocumentFindings } from '../../notebook/document-findings';
import { FakeSettings, fakeService, notebookWith } from '../notebook/fakes';

describe('EditorTarget', () => {
  it('should ask for a re-lint when its cell is re-scanned or the settings change', () => {
    const settings = new FakeSettings();
    const service = fakeService(settings);
    const model = notebookWith([{ source: 'a = 1' }, { source: 'b = 2' }]);
    const target = new EditorTarget(service, model.cells.get(1));
    const callback = jest.fn();
    const subscription = target.subscribe(callback);

    // The notebook's findings register after the editor exists.
    const findings = new DocumentFindings({ model, scanner: service });
    service.addDocument(findings);
    findings.flush();
    expect(callback).toHaveBeenCalledTimes(1);

    model.cells.get(0).sharedModel.setSource(`"${fakeGithubToken()}"`);
    findings.flush();
    expect(callback).toHaveBeenCalledTimes(1); // another cell

    settings.set({ allowlist: ['^never$'] });
    expect(callback).toHaveBeenCalledTimes(2);

    subscription.dispose();
    findings.paused = true;
    settings.set({ inlineWarnings: false });
    expect(callback).toHaveBeenCalledTimes(2);
    findings.dispose();
    service.dispose();
  });
});
