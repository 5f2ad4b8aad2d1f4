import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { sampleFiles, samplePackageJson } from '../../src/downloads/sample-files.ts';
import { zip } from '../../src/downloads/zip.ts';

describe('sampleFiles', () => {
  it('is undefined for a file that runs alone', () => {
    expect(sampleFiles('async-vs-sync/one.ts', [], [])).toBeUndefined();
  });
  it('is the file alone, for its package.json, when it imports a package', () => {
    expect(sampleFiles('pools-and-limits/db-pool.ts', [], ['pg'])).toEqual({
      archive: 'db-pool.zip',
      url: '/examples/pools-and-limits/db-pool.zip',
      paths: ['examples/pools-and-limits/db-pool.ts'],
      packages: ['pg'],
    });
  });
  it('names the archive after the file and lists the file first, then what it needs', () => {
    expect(sampleFiles('async-vs-sync/limit.ts', ['lib/semaphore.ts', 'lib/latency-server.ts'], [])).toEqual({
      archive: 'limit.zip',
      url: '/examples/async-vs-sync/limit.zip',
      paths: ['examples/async-vs-sync/limit.ts', 'examples/lib/latency-server.ts', 'examples/lib/semaphore.ts'],
      packages: [],
    });
  });
  it('refuses a file outside a page folder', () => {
    expect(() => sampleFiles('top.ts', ['lib/x.ts'], [])).toThrow('is not under a page folder');
  });
});

describe('samplePackageJson', () => {
  it('is an ES-module project named after the zip that installs the pinned packages', () => {
    expect(JSON.parse(samplePackageJson('db-pool.zip', { '@types/pg': '8.23.1', pg: '8.23.1' }))).toEqual({
      name: 'awaited-db-pool',
      version: '1.0.0',
      private: true,
      type: 'module',
      dependencies: { '@types/pg': '8.23.1', pg: '8.23.1' },
    });
  });
});

describe('zip', () => {
  const entries = [
    { name: 'examples/a/main.ts', content: "import { x } from '../lib/x.ts';\nconsole.log(x, 'é');\n" },
    { name: 'examples/lib/x.ts', content: 'export const x = 1;\n' },
  ];

  it('writes an archive that unzips back to exactly the entries', () => {
    const unzipped = unzipSync(zip(entries));
    expect(Object.entries(unzipped).map(([name, bytes]) => ({ name, content: strFromU8(bytes) }))).toEqual(entries);
  });

  it('gives the same bytes whenever it runs (every entry dated 1980-01-01 00:00)', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date(2020, 0, 1));
      const first = zip(entries);
      vi.setSystemTime(new Date(2031, 6, 15, 13, 37));
      expect(Buffer.from(zip(entries)).equals(Buffer.from(first))).toBe(true);
      // The first local header's MS-DOS time and date (offsets 10 and 12): 00:00, 1980-01-01.
      const header = new DataView(first.buffer);
      expect([header.getUint16(10, true), header.getUint16(12, true)]).toEqual([0, (0 << 9) | (1 << 5) | 1]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses entry names that would unpack outside the folder', () => {
    expect(() => zip([{ name: '../evil.ts', content: '' }])).toThrow('unsafe entry name');
    expect(() => zip([{ name: '/abs.ts', content: '' }])).toThrow('unsafe entry name');
  });
});
