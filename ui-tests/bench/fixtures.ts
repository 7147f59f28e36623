import { deflateSync } from 'zlib';

/**
 * Notebooks for the editor benchmark, made at run time.
 */

/** A notebook of `count` small code cells, like a long analysis notebook. */
export function manyCellNotebook(count: number): Record<string, unknown> {
  const cells = Array.from({ length: count }, (_, i) => ({
    cell_type: 'code',
    execution_count: null,
    metadata: {},
    outputs: [],
    source: `ds_${i} = xr.open_dataset(files[${i}])\nds_${i}.sst.mean(dim="time")`
  }));
  return notebook(cells);
}

/**
 * A notebook of about `megabytes` MB, most of it PNG plot outputs, as executed
 * earth-science notebooks are.
 */
export function imageHeavyNotebook(megabytes: number): Record<string, unknown> {
  const png = noisePng(400, 300).toString('base64');
  const count = Math.ceil((megabytes * 1e6) / png.length);
  const cells = Array.from({ length: count }, (_, i) => ({
    cell_type: 'code',
    execution_count: i + 1,
    metadata: {},
    outputs: [
      {
        output_type: 'display_data',
        metadata: {},
        data: {
          'image/png': png,
          'text/plain': '<Figure size 400x300 with 1 Axes>'
        }
      },
      { output_type: 'stream', name: 'stdout', text: `plotted field ${i}\n` }
    ],
    source: `ds.sst.isel(time=${i}).plot()`
  }));
  return notebook(cells);
}

function notebook(cells: unknown[]): Record<string, unknown> {
  return {
    cells,
    metadata: { kernelspec: { name: 'python3', display_name: 'Python 3' } },
    nbformat: 4,
    nbformat_minor: 5
  };
}

/** A valid RGB PNG of random pixels: incompressible, so its size is predictable. */
function noisePng(width: number, height: number): Buffer {
  const row = 1 + width * 3;
  const raw = Buffer.alloc(row * height);
  let state = 42;
  for (let i = 0; i < raw.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    raw[i] = i % row === 0 ? 0 : state >>> 24;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0))
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}
