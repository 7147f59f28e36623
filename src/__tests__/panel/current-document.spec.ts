import { Signal } from '@lumino/signaling';
import { Widget } from '@lumino/widgets';

import { TextFindings } from '../../editor/text-findings';
import { DocumentFindings } from '../../notebook/document-findings';
import { findingsOf, scannedDocument } from '../../panel/current-document';
import { fakeService, notebookWith } from '../notebook/fakes';

/**
 * A main-area widget with a document context, as notebook panels and file editors have.
 */
function documentWidget(sharedModel: object): any {
  return Object.assign(new Widget(), { context: { model: { sharedModel } } });
}

describe('#scannedDocument', () => {
  const notebook = documentWidget({});
  const file = documentWidget({});
  const other = new Widget();
  const notebooks = { has: (w: Widget) => w === notebook };
  const editors = { has: (w: Widget) => w === file };

  it.each([
    ['a notebook', notebook, 'notebook'],
    ['a text file in the file editor', file, 'file'],
    ['another widget (a terminal)', other, null],
    ['no widget', null, null]
  ])('should tell %s', (_reason, widget, kind) => {
    expect(scannedDocument(widget, notebooks, editors)?.kind ?? null).toBe(
      kind
    );
  });

  it('should see no file without a file editor tracker', () => {
    expect(scannedDocument(file, notebooks, null)).toBeNull();
  });
});

describe('#findingsOf', () => {
  it("should find a notebook's and a text file's registered findings", () => {
    const service = fakeService();
    const model = notebookWith([{ source: 'x = 1' }]);
    const notebookFindings = new DocumentFindings({ model, scanner: service });
    const fileModel = {
      sharedModel: {},
      contentChanged: new Signal<any, void>({}),
      toString: () => 'DEBUG=1'
    };
    const textFindings = new TextFindings({
      model: fileModel,
      scanner: service
    });
    const notebook = documentWidget(model.sharedModel);
    const file = documentWidget(fileModel.sharedModel);
    const changed = jest.fn();
    service.documentsChanged.connect(changed);

    expect(findingsOf(service, { kind: 'file', widget: file })).toBeNull();
    const registrations = [
      service.addDocument(notebookFindings),
      service.addTextDocument(textFindings)
    ];
    expect(changed).toHaveBeenCalledTimes(2);
    expect(findingsOf(service, { kind: 'notebook', widget: notebook })).toBe(
      notebookFindings
    );
    expect(findingsOf(service, { kind: 'file', widget: file })).toBe(
      textFindings
    );
    expect(findingsOf(service, null)).toBeNull();

    registrations.forEach(r => r.dispose());
    expect(changed).toHaveBeenCalledTimes(4);
    expect(findingsOf(service, { kind: 'file', widget: file })).toBeNull();
    textFindings.dispose();
    notebookFindings.dispose();
    service.dispose();
  });
});
