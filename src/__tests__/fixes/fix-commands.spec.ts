import { ICodeCellModel } from '@jupyterlab/cells';
import { CommandRegistry } from '@lumino/commands';

import { fakeGithubToken } from '../../core';
import { CommandIDs } from '../../fixes/command-ids';
import { addFixCommands } from '../../fixes/fix-commands';
import { DocumentFindings } from '../../notebook/document-findings';
import { SecretScannerService } from '../../scanner/scanner-service';
import { fakeService, notebookWith, streamOutput } from '../notebook/fakes';

describe('#addFixCommands', () => {
  const token = fakeGithubToken();
  let commands: CommandRegistry;
  let service: SecretScannerService;
  let findings: DocumentFindings;
  let messages: string[];
  let undos: (() => void)[];
  let model: ReturnType<typeof notebookWith>;

  beforeEach(() => {
    service = fakeService();
    model = notebookWith([
      { source: 'x = 1' },
      {
        source: `token = "${token}"`,
        outputs: [streamOutput(`${token}\n`)]
      }
    ]);
    findings = new DocumentFindings({ model, scanner: service });
    service.addDocument(findings);
    findings.flush();
    const panel: any = { context: { model } };
    const tracker: any = {
      currentWidget: panel,
      forEach: (fn: (p: any) => void) => fn(panel)
    };
    commands = new CommandRegistry();
    messages = [];
    undos = [];
    addFixCommands({
      commands,
      tracker,
      scanner: service,
      notify: (message, undo) => {
        messages.push(message);
        if (undo) {
          undos.push(undo);
        }
      }
    });
  });

  afterEach(() => {
    findings.dispose();
    service.dispose();
  });

  const sourceFinding = () =>
    findings.findings.find(f => f.where === 'source')!;

  it('should replace the literal with an environment lookup, and undo it', async () => {
    const cell = model.cells.get(1);
    const args = { cellId: cell.id, fingerprint: sourceFinding().fingerprint };
    expect(commands.isEnabled(CommandIDs.replaceWithEnv, args)).toBe(true);
    await commands.execute(CommandIDs.replaceWithEnv, args);
    expect(cell.sharedModel.getSource()).toBe(
      'import os\ntoken = os.environ["GITHUB_TOKEN"]'
    );
    expect(messages[0]).toContain('GITHUB_TOKEN');
    expect(messages[0]).not.toContain(token);
    undos[0]();
    expect(cell.sharedModel.getSource()).toBe(`token = "${token}"`);
  });

  it('should make a longer string an f-string, and advise what a running kernel sees', async () => {
    const cell = model.cells.get(1);
    cell.sharedModel.setSource(
      `url = "https://ana:${token}@git.example.org/repo.git"`
    );
    findings.flush();
    const args = { cellId: cell.id, fingerprint: sourceFinding().fingerprint };
    expect(commands.isEnabled(CommandIDs.replaceWithEnv, args)).toBe(true);
    await commands.execute(CommandIDs.replaceWithEnv, args);
    expect(cell.sharedModel.getSource()).toBe(
      `import os\nurl = f"https://ana:{os.environ['GITHUB_TOKEN']}@git.example.org/repo.git"`
    );
    expect(messages[0]).toContain('getpass');
    expect(messages[0]).not.toContain('export GITHUB_TOKEN');
  });

  it('should make a %%writefile config write its file from the environment or a prompt', async () => {
    const cell = model.cells.get(1);
    cell.sharedModel.setSource(
      `%%writefile ~/.config/tool.ini\n[auth]\ntoken = ${token}\n`
    );
    findings.flush();
    const args = { cellId: cell.id, fingerprint: sourceFinding().fingerprint };
    expect(commands.isEnabled(CommandIDs.replaceWithEnv, args)).toBe(true);
    await commands.execute(CommandIDs.replaceWithEnv, args);
    const after = cell.sharedModel.getSource();
    expect(after).not.toContain(token);
    expect(after).toContain(
      'os.environ.get("GITHUB_TOKEN") or getpass.getpass('
    );
    expect(after).toContain('f"""[auth]\ntoken = {secret}\n"""');
  });

  it('should not offer the fix where it cannot work', () => {
    const cell = model.cells.get(1);
    cell.sharedModel.setSource(`KEY = b"${token}"`);
    findings.flush();
    const args = { cellId: cell.id, fingerprint: sourceFinding().fingerprint };
    expect(commands.isEnabled(CommandIDs.replaceWithEnv, args)).toBe(false);
  });

  it('should clear the outputs of a cell, and restore them', async () => {
    const cell = model.cells.get(1) as ICodeCellModel;
    await commands.execute(CommandIDs.clearOutputs, { cellId: cell.id });
    expect(cell.outputs.length).toBe(0);
    undos[0]();
    expect(cell.outputs.length).toBe(1);
  });

  it('should mark a finding as not a secret, and unmark it', async () => {
    const cell = model.cells.get(1);
    const { fingerprint } = sourceFinding();
    await commands.execute(CommandIDs.markNotSecret, {
      cellId: cell.id,
      fingerprint
    });
    findings.flush();
    // The mark names the value (its fingerprint): the printed copy is allowed too.
    expect(findings.count).toBe(0);
    undos[0]();
    findings.flush();
    expect(findings.count).toBe(2);
  });

  it('should pause and resume the warnings of the current notebook', async () => {
    expect(commands.isToggled(CommandIDs.togglePause)).toBe(false);
    await commands.execute(CommandIDs.togglePause);
    expect(findings.paused).toBe(true);
    expect(commands.isToggled(CommandIDs.togglePause)).toBe(true);
    await commands.execute(CommandIDs.togglePause);
    expect(findings.paused).toBe(false);
  });

  it('should do nothing for an unknown cell', async () => {
    const args = { cellId: 'nope', fingerprint: 'x' };
    expect(commands.isEnabled(CommandIDs.replaceWithEnv, args)).toBe(false);
    expect(await commands.execute(CommandIDs.markNotSecret, args)).toBe(false);
  });
});
