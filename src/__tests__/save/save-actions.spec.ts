import { clearAndSave, updateCheckpoint } from '../../save/save-actions';
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

describe('#updateCheckpoint', () => {
  it('should make a new checkpoint of the clean file and delete every older one', async () => {
    const checkpoints = [
      { id: 'old-1', last_modified: '2026-01-01T00:00:00Z' },
      { id: 'old-2', last_modified: '2026-02-01T00:00:00Z' }
    ];
    const deleted: string[] = [];
    const check = {
      isDisposed: false,
      widget: {
        context: {
          createCheckpoint: async () => {
            const fresh = { id: 'new', last_modified: '2026-03-01T00:00:00Z' };
            checkpoints.push(fresh);
            return fresh;
          },
          listCheckpoints: async () => checkpoints.slice(),
          deleteCheckpoint: async (id: string) => {
            deleted.push(id);
          }
        }
      }
    } as unknown as DocumentCheck;
    await updateCheckpoint(check);
    expect(deleted).toEqual(['old-1', 'old-2']);
  });

  it("should replace JupyterLab's single checkpoint and delete nothing", async () => {
    const deleteCheckpoint = jest.fn();
    const check = {
      isDisposed: false,
      widget: {
        context: {
          createCheckpoint: async () => ({
            id: 'checkpoint',
            last_modified: ''
          }),
          listCheckpoints: async () => [
            { id: 'checkpoint', last_modified: '' }
          ],
          deleteCheckpoint
        }
      }
    } as unknown as DocumentCheck;
    await updateCheckpoint(check);
    expect(deleteCheckpoint).not.toHaveBeenCalled();
  });
});
