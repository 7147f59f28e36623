import { ndjsonRecords } from '../../audit/inventory';

async function collect(chunks: Uint8Array[]) {
  async function* source() {
    for (const chunk of chunks) {
      yield chunk;
    }
  }
  const records = [];
  for await (const record of ndjsonRecords(source())) {
    records.push(record);
  }
  return records;
}

describe('#ndjsonRecords', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('should join a line split across chunks, even inside a character', async () => {
    const line =
      JSON.stringify({ type: 'file', path: 'été/.env', size: 3 }) + '\n';
    const all = bytes(line + '{"type": "summary", "files": 1}\n');
    const cut = line.indexOf('é') + 1; // the middle of the two bytes of é
    const records = await collect([
      all.slice(0, cut),
      all.slice(cut, 30),
      all.slice(30)
    ]);
    expect(records.map(r => r.type)).toEqual(['file', 'summary']);
    expect((records[0] as any).path).toBe('été/.env');
  });

  it('should read a last line without a newline, and skip blank lines', async () => {
    const records = await collect([
      bytes('\n{"type": "skip", "path": "a", "reason": "venv"}')
    ]);
    expect(records).toEqual([{ type: 'skip', path: 'a', reason: 'venv' }]);
  });

  it('should turn a garbled line into an error record, without its text', async () => {
    const [record] = await collect([bytes('{"type": "file", "pa\n')]);
    expect(record).toEqual({
      type: 'error',
      message: expect.not.stringContaining('"pa')
    });
  });
});
