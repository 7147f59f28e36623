import * as React from 'react';

import { MultilineText } from '../../settings/multiline-text';

// react-dom ships no types here; the two calls used are typed by hand.
const { createRoot } = require('react-dom/client') as {
  createRoot: (host: Element) => {
    render: (node: React.ReactNode) => void;
    unmount: () => void;
  };
};
const { act } = require('react') as { act: (work: () => void) => void };

// React warns unless the environment says it runs its updates in act().
(
  globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
).IS_REACT_ACT_ENVIRONMENT = true;

function render(formData: unknown) {
  const host = document.createElement('div');
  document.body.appendChild(host);
  const onChange = jest.fn();
  const root = createRoot(host);
  act(() =>
    root.render(
      React.createElement(MultilineText, {
        idSchema: { $id: 'field-message' },
        schema: { title: 'Message' },
        formData,
        onChange
      })
    )
  );
  const box = host.querySelector('textarea')!;
  const cleanUp = () => {
    act(() => root.unmount());
    host.remove();
  };
  return { box, onChange, cleanUp };
}

/** Type a value the way React sees a user's input. */
function type(box: HTMLTextAreaElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(
    HTMLTextAreaElement.prototype,
    'value'
  )!.set!;
  act(() => {
    setter.call(box, value);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('MultilineText', () => {
  it('should show the value with its line breaks, named by the field title', () => {
    const { box, cleanUp } = render('One.\n\nTwo.');
    expect(box.value).toBe('One.\n\nTwo.');
    expect(box.id).toBe('field-message');
    expect(box.getAttribute('aria-label')).toBe('Message');
    expect(box.rows).toBeGreaterThan(1);
    cleanUp();
  });

  it('should report typed text, and an emptied box as back to the default', () => {
    const { box, onChange, cleanUp } = render('One.');
    type(box, 'One.\nTwo.');
    type(box, '');
    expect(onChange.mock.calls).toEqual([['One.\nTwo.'], [undefined]]);
    cleanUp();
  });

  it('should show a value that is not text as an empty box', () => {
    const { box, cleanUp } = render(42);
    expect(box.value).toBe('');
    cleanUp();
  });
});
