import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleFiles } from '../../src/lib/sample-files.ts';
import { zip } from '../../src/lib/zip.ts';

describe('sampleFiles', () => {
  it('is undefined for a file that runs alone', () => {
    expect(sampleFiles('async-vs-sync/one.ts', [])).toBeUndefined();
  });
  it('names the archive after the file and lists the file first, then what it needs', () => {
    expect(sampleFiles('async-vs-sync/limit.ts', ['lib/semaphore.ts', 'lib/latency-server.ts'])).toEqual({
      archive: 'limit.zip',
      url: '/examples/async-vs-sync/limit.zip',
      paths: ['examples/async-vs-sync/limit.ts', 'examples/lib/latency-server.ts', 'examples/lib/semaphore.ts'],
    });
  });
  it('refuses a file outside a page folder', () => {
    expect(() => sampleFiles('top.ts', ['lib/x.ts'])).toThrow('is not under a page folder');
  });
});

describe('zip', () => {
  const entries = [
    { name: 'examples/a/main.ts', content: "import { x } from '../lib/x.ts';\nconsole.log(x, 'é');\n" },
    { name: 'examples/lib/x.ts', content: 'export const x = 1;\n' },
  ];

  it('writes an archive that an independent unzip (Python zipfile) reads back exactly', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zip-test-'));
    try {
      writeFileSync(path.join(dir, 'a.zip'), zip(entries));
      execFileSync('python3', ['-m', 'zipfile', '-t', 'a.zip'], { cwd: dir });
      execFileSync('python3', ['-m', 'zipfile', '-e', 'a.zip', 'out'], { cwd: dir });
      for (const entry of entries) expect(readFileSync(path.join(dir, 'out', entry.name), 'utf8')).toBe(entry.content);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the same bytes for the same files (no timestamps)', () => {
    expect(Buffer.from(zip(entries)).equals(Buffer.from(zip(entries)))).toBe(true);
  });

  it('refuses entry names that would unpack outside the folder', () => {
    expect(() => zip([{ name: '../evil.ts', content: '' }])).toThrow('unsafe entry name');
    expect(() => zip([{ name: '/abs.ts', content: '' }])).toThrow('unsafe entry name');
  });
});
