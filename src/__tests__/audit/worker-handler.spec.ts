import { AuditWorkerHandler } from '../../audit/worker-handler';
import type { IResultMessage } from '../../audit/protocol';
import { fakeGithubToken } from '../../core';
import { fakeCredentialFiles } from '../core/credential-files/fake-files';
import { answer } from './fake-worker';

describe('AuditWorkerHandler', () => {
  const token = fakeGithubToken('ghp', 'worker');
  const scan = (
    handler: AuditWorkerHandler,
    path: string,
    kind: 'notebook' | 'text',
    body: ArrayBuffer | null
  ) =>
    handler.handle({
      type: 'scan',
      id: 7,
      path,
      kind,
      permissions: {},
      body
    }) as IResultMessage;

  it('should build its engine from the settings and report what it ignored', () => {
    const handler = new AuditWorkerHandler();
    const reply = handler.handle({
      type: 'configure',
      config: { disabledRules: ['github-token', 'no-such-rule'] }
    });
    expect(reply).toEqual({
      type: 'configured',
      errors: ['disabledRules: no rule has the id "no-such-rule"']
    });
    const result = scan(handler, 'a.py', 'text', answer(`t = "${token}"`));
    expect(result.result.findings.map(f => f.ruleId)).not.toContain(
      'github-token'
    );
  });

  it('should answer a scan with its id and the masked findings', () => {
    const reply = scan(
      new AuditWorkerHandler(),
      'a.py',
      'text',
      answer(`t = "${token}"`)
    );
    expect(reply.type).toBe('result');
    expect(reply.id).toBe(7);
    expect(reply.result.findings.map(f => [f.ruleId, f.line])).toEqual([
      ['github-token', 1]
    ]);
    expect(JSON.stringify(reply)).not.toContain(token);
  });

  it('should read a notebook cell by cell', () => {
    const notebook = JSON.stringify({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [
        { cell_type: 'markdown', id: 'a', metadata: {}, source: 'intro' },
        {
          cell_type: 'code',
          id: 'b',
          metadata: {},
          source: `t = "${token}"`,
          outputs: [],
          execution_count: null
        }
      ]
    });
    const [found] = scan(
      new AuditWorkerHandler(),
      'n.ipynb',
      'notebook',
      answer(notebook)
    ).result.findings;
    expect([found.cell, found.cellId, found.where]).toEqual([1, 'b', 'source']);
  });

  it.each([
    ['invalid UTF-8', 'text', answer('x', true), 'invalid-utf8'],
    [
      'a malformed notebook',
      'notebook',
      answer('{"cells": '),
      'malformed-notebook'
    ],
    [
      'an answer that is not JSON',
      'text',
      new TextEncoder().encode('<html>').buffer,
      'bad-answer'
    ]
  ] as const)('should count %s as skipped', (_reason, kind, body, skipped) => {
    const reply = scan(
      new AuditWorkerHandler(),
      'f',
      kind,
      body as ArrayBuffer
    );
    expect(reply.skipped).toBe(skipped);
    expect(reply.result.findings).toEqual([]);
  });

  it('should judge an unread credential file by its path', () => {
    const reply = scan(
      new AuditWorkerHandler(),
      '.aws/credentials',
      'text',
      null
    );
    expect(reply.skipped).toBeNull();
    expect(reply.result.findings.map(f => f.ruleId)).toEqual([
      'credential-file/aws-credentials'
    ]);
  });

  it('should add the file-level finding of a known credential file once', () => {
    const text = fakeCredentialFiles()['.netrc'];
    const findings = scan(
      new AuditWorkerHandler(),
      '.netrc',
      'text',
      answer(text)
    ).result.findings;
    const fileLevel = findings.filter(f => f.fileLevel);
    expect(fileLevel).toHaveLength(1);
    // The netrc rule shows the value; the file finding is then a note without it.
    expect(fileLevel[0].masked === null).toBe(findings.length > 1);
  });

  it('should answer an unknown message with nothing, and a broken one with failed', () => {
    const handler = new AuditWorkerHandler();
    expect(handler.handle({ type: 'nonsense' } as any)).toBeNull();
    // A message whose fields throw when read stands for any unexpected failure.
    const broken = {
      type: 'scan',
      id: 3,
      get path(): string {
        throw new Error('boom');
      }
    };
    const reply = handler.handle(broken as any);
    expect(reply).toEqual({ type: 'failed', id: 3, message: 'boom' });
  });
});
