import * as React from 'react';

/**
 * The properties JupyterLab's settings form passes to a field renderer (the part of
 * rjsf's `FieldProps` this field uses).
 */
export interface IMultilineTextProps {
  /**
   * The field's ids; `$id` is the one its label would point at.
   */
  idSchema: { $id: string };
  /**
   * The field's schema, for its title.
   */
  schema: { title?: string };
  /**
   * The current value.
   */
  formData?: unknown;
  disabled?: boolean;
  readonly?: boolean;
  /**
   * Report a new value; `undefined` puts the field back to its default.
   */
  onChange: (value: string | undefined) => void;
}

/**
 * A multi-line text box for a string setting in JupyterLab's settings form, which
 * otherwise shows every string on one line. Why: the notice message is paragraphs
 * of text (or markdown) that an operator needs to read and edit as written.
 */
export function MultilineText(props: IMultilineTextProps): React.ReactElement {
  const { idSchema, schema, formData, disabled, readonly, onChange } = props;
  return React.createElement('textarea', {
    id: idSchema.$id,
    className: 'jp-CredentialGuard-multilineText',
    rows: 6,
    // The form shows the title as a heading, not as a label of the box.
    'aria-label': schema.title,
    value: typeof formData === 'string' ? formData : '',
    disabled,
    readOnly: readonly,
    onChange: (event: React.ChangeEvent<HTMLTextAreaElement>) =>
      onChange(event.target.value === '' ? undefined : event.target.value)
  });
}
