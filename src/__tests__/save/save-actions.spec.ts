import { clearAndSave } from '../../save/save-actions';
import type { DocumentCheck } from '../../save/document-check';

/**
 * A document check whose notebook records what is done to it, in order.
 */
function fakeCheck(steps: string[]): DocumentCheck {
  return {
    isDisposed: false,
    clearSecretOutputs: () => {
      steps.push('clear');
      return 1;
    },
    findings: () => [],
    guard: { acknowledge: () => steps.push('acknowledge') },
    widget: {
      context: {
        save: async () => {
          steps.push('save');
        },
        createCheckpoint: async () => {
          steps.push('checkpoint');
          return { id: 'checkpoint', last_modified: '' };
        }
      }
    }
  } as unknown as DocumentCheck;
}

describe('#clearAndSave', () => {
  it('should clear, save, then replace the checkpoint that the warned save made', async () => {
    const steps: string[] = [];
    await clearAndSave(fakeCheck(steps));
    expect(steps).toEqual(['clear', 'acknowledge', 'save', 'checkpoint']);
  });

  it('should make no checkpoint when the save fails', async () => {
    const steps: string[] = [];
    const check = fakeCheck(steps);
    (check.widget.context as any).save = async () => {
      throw new Error('disk full');
    };
    await expect(clearAndSave(check)).rejects.toThrow('disk full');
    expect(steps).toEqual(['clear', 'acknowledge']);
  });
});
