import { fakeGithubToken, Scanner } from '../../core';

describe('#scanNotebook', () => {
  const scanner = new Scanner();
  const token = fakeGithubToken('ghp', 'nb');

  const notebook = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { widgets: { state: { token } } },
    cells: [
      {
        id: 'md',
        cell_type: 'markdown',
        metadata: {},
        source: ['# Title\n', `token ${token}\n`]
      },
      {
        id: 'code',
        cell_type: 'code',
        metadata: {},
        source: 'print(t)',
        outputs: [
          {
            output_type: 'display_data',
            data: { 'image/png': token },
            metadata: {}
          },
          { output_type: 'stream', name: 'stdout', text: [`${token}\n`] }
        ]
      },
      {
        id: 'raw',
        cell_type: 'raw',
        metadata: { credential_guard: { allow: ['github-token'] } },
        source: token
      }
    ]
  };

  it('should report sources and text outputs with their cell and place', () => {
    const { findings, errors } = scanner.scanNotebook(notebook);
    expect(errors).toEqual([]);
    expect(
      findings.map(f => [f.cell, f.cellId, f.where, f.line, f.ruleId])
    ).toEqual([
      [0, 'md', 'source', 2, 'github-token'],
      [1, 'code', 'outputs[1]', 1, 'github-token']
    ]);
  });

  it('should read nbformat 3 worksheets', () => {
    const v3 = {
      nbformat: 3,
      worksheets: [
        {
          cells: [{ cell_type: 'code', input: [`t = "${token}"`], outputs: [] }]
        }
      ]
    };
    expect(scanner.scanNotebook(v3).findings.map(f => f.where)).toEqual([
      'source'
    ]);
  });

  it.each([
    ['null', null, /not a notebook/],
    ['a list', [], /not a notebook/],
    ['no cells', { nbformat: 4 }, /no "cells" list/],
    ['an unknown nbformat', { nbformat: 9, cells: [] }, /unknown nbformat 9/]
  ])('should explain %s', (_what, value, message) => {
    const result = scanner.scanNotebook(value);
    expect(result.errors[0]).toMatch(message);
  });

  it('should report odd cells and still scan the rest', () => {
    const odd = {
      nbformat: 4,
      cells: [
        null,
        { source: 42 },
        { source: `t = "${token}"`, outputs: 'nope' },
        { source: `u = "${token}"` }
      ]
    };
    const { findings, errors } = scanner.scanNotebook(odd);
    expect(findings.map(f => f.cell)).toEqual([2, 3]);
    expect(errors).toEqual([
      'cell 0: expected an object, got null; skipped',
      'cell 1: source is number, not text; skipped',
      'cell 2: outputs is string, not a list; skipped'
    ]);
  });
});

describe('#scanNotebookJson', () => {
  const scanner = new Scanner();

  it.each([
    ['truncated JSON', '{"cells": [{"source": "x"', /^invalid JSON/],
    ['an empty file', '', /^invalid JSON/],
    ['not text', 42 as unknown as string, /expected the file text/]
  ])('should report %s as an error', (_what, json, message) => {
    const result = scanner.scanNotebookJson(json);
    expect(result.findings).toEqual([]);
    expect(result.errors[0]).toMatch(message);
  });
});
