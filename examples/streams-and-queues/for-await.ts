// Deno: --allow-env --allow-read --allow-write
// A readable stream is an async iterable: `for await` reads it chunk by chunk, and readline turns
// a byte stream into lines the same way.
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

const dir = await mkdtemp(path.join(tmpdir(), 'for-await-'));
const file = path.join(dir, 'orders.csv');
await writeFile(file, Array.from({ length: 1000 }, (_, i) => `order-${i},${i % 7}`).join('\n') + '\n');

try {
  // #region chunks
  let chunks = 0;
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 4096 })) {
    chunks++;
    bytes += (chunk as Buffer).length;
  }
  console.log(`${chunks} chunks, ${bytes} bytes`);
  // #endregion chunks

  // #region lines
  let lines = 0;
  let total = 0;
  const input = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of input) {
    lines++;
    total += Number(line.split(',')[1]);
  }
  console.log(`${lines} lines, quantity total ${total}`);
  // #endregion lines
} finally {
  await rm(dir, { recursive: true });
}
