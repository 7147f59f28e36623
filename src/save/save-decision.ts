import { OnSaveMode } from './save-settings';

/**
 * What to do with a save request.
 *
 * - `save`: save at once, with no check before it (the guard still warns after it);
 * - `ask`: show the confirm dialog first.
 */
export type SaveRequestAction = 'save' | 'ask';

/**
 * Decide what a save request does before the save starts.
 *
 * #### Notes
 * Only a manual save in confirm mode of a document with findings asks. Autosave never
 * asks: a modal dialog popping up while someone types loses keystrokes and is
 * dismissed unread, and a cancelled autosave would leave work unsaved.
 *
 * @param mode - the `onSave` setting
 * @param request - whether the save is manual and whether the document has findings
 */
export function decideSaveRequest(
  mode: OnSaveMode,
  request: { manual: boolean; findings: number }
): SaveRequestAction {
  return mode === 'confirm' && request.manual && request.findings > 0
    ? 'ask'
    : 'save';
}

/**
 * Whether a save that landed should raise the warning notification.
 *
 * @param mode - the `onSave` setting
 * @param key - the findings key of the saved content (`''` when it had none)
 * @param lastKey - the key of the last content the user was warned about or approved
 */
export function shouldNotify(
  mode: OnSaveMode,
  key: string,
  lastKey: string
): boolean {
  return mode !== 'off' && key !== '' && key !== lastKey;
}
