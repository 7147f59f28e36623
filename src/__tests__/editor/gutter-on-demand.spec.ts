import { diagnosticCount, setDiagnostics } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';

import { gutterOnDemand } from '../../editor/gutter-on-demand';

/** Let the toggle's microtask run. */
const settle = () => new Promise(resolve => setTimeout(resolve, 0));

describe('gutterOnDemand', () => {
  let view: EditorView;

  beforeEach(() => {
    view = new EditorView({
      doc: 'x = 1\ntoken = "abc"\n',
      extensions: [gutterOnDemand()],
      parent: document.body
    });
  });

  afterEach(() => view.destroy());

  const gutter = () => view.dom.querySelector('.cm-gutter-lint');

  it('should draw no gutter in an editor without findings', async () => {
    view.dispatch(setDiagnostics(view.state, []));
    await settle();
    expect(view.dom.querySelector('.cm-gutters')).toBeNull();
  });

  it('should add the gutter, with its mark, when a finding appears, and remove it after', async () => {
    const line = view.state.doc.line(2);
    view.dispatch(
      setDiagnostics(view.state, [
        {
          from: line.from + 9,
          to: line.to - 1,
          severity: 'error',
          message: 'a credential'
        }
      ])
    );
    expect(gutter()).toBeNull();
    await settle();
    expect(gutter()).not.toBeNull();
    // The marks follow the diagnostics set before the gutter existed.
    expect(diagnosticCount(view.state)).toBe(1);
    expect(gutter()!.querySelectorAll('.cm-lint-marker-error')).toHaveLength(1);

    view.dispatch(setDiagnostics(view.state, []));
    await settle();
    expect(gutter()).toBeNull();
  });

  it('should do nothing once the editor is destroyed', async () => {
    view.dispatch(
      setDiagnostics(view.state, [
        { from: 0, to: 1, severity: 'warning', message: 'a credential' }
      ])
    );
    view.destroy();
    await settle();
    expect(gutter()).toBeNull();
  });
});
