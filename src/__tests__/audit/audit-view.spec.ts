import { AuditController } from '../../audit/audit-controller';
import { LastRunStore } from '../../audit/last-run';
import {
  isNoServerExtension,
  NoServerExtension
} from '../../audit/server-source';
import { AuditView } from '../../audit/audit-view';
import { FakeWorker } from './fake-worker';

describe('AuditView', () => {
  it('should say that the server extension is missing, and whom to ask', async () => {
    const controller = new AuditController({
      source: {
        // What ServerAuditSource raises when the inventory answers 404.
        inventory: () =>
          (async function* () {
            throw new NoServerExtension();
          })(),
        read: async () => ({ skip: 'gone' })
      },
      store: new LastRunStore({
        create: async () => {
          throw new Error('no config sections here');
        }
      }),
      startWorker: () => new FakeWorker(),
      config: () => ({}),
      isUnavailable: isNoServerExtension
    });
    const view = new AuditView({
      controller,
      results: { remediation: () => '', open: () => undefined }
    });
    await controller.check();
    const status = view.node.querySelector('.jp-CredentialGuard-auditStatus')!;
    expect(status.textContent).toBe(
      'This server cannot list your files for the check: its credential-guard server extension is not installed or not enabled. Ask the hub administrators (see "Server extension" in the admin guide).'
    );
    expect(status.getAttribute('role')).toBe('status');
    const start = view.node.querySelector('button')!;
    expect(start.textContent).toBe('Check now');
    expect(start.disabled).toBe(false);
    view.dispose();
  });
});
