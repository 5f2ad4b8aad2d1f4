// Which packages a set of files imports, found by TypeScript's pre-processor: every form of import
// counts once per place, and nothing that only looks like one.
import { describe, expect, it } from 'vitest';
import { packageImports, packageOf, packagesOf } from '../../src/downloads/package-imports.ts';

describe('packageOf', () => {
  it.for([
    ['pg', 'pg'],
    ['pg/lib/client', 'pg'],
    ['@electric-sql/pglite', '@electric-sql/pglite'],
    ['@electric-sql/pglite/worker', '@electric-sql/pglite'],
    ['express4', 'express4'],
  ])('%s is the package %s', ([specifier, name]) => {
    expect(packageOf(specifier ?? '')).toBe(name);
  });

  it.for(['node:fs', 'node:timers/promises', 'fs', 'fs/promises', './x.ts', '../lib/y.ts', '.', '..', '/abs/z.js', '#internal', 'https://example.com/m.js', 'data:text/javascript,1'])(
    '%s names no package',
    (specifier) => {
      expect(packageOf(specifier)).toBeUndefined();
    },
  );
});

describe('packageImports', () => {
  const main = {
    name: 'examples/x/main.ts',
    content: [
      "import { Pool } from 'pg';", // 1
      "import type { Request } from 'express';", // 2
      "import { readFile } from 'node:fs/promises';", // 3
      "import { helper } from '../lib/helper.ts';", // 4
      "export { Mutex } from 'async-mutex';", // 5
      "const { PGlite } = await import('@electric-sql/pglite/worker');", // 6
      "// import nothing from 'commented-out';", // 7
      "const text = \"import x from 'in-a-string'\";", // 8
      "import 'side-effect';", // 9
    ].join('\n'),
  };
  const cjs = { name: 'examples/x/old.cjs', content: "const retry = require('p-retry');\nconst path = require('path');\n" };
  const python = { name: 'examples/x/hello.py', content: 'import asyncio\nfrom pg import connect\n' };

  it('finds static, type-only, re-exported, dynamic and required imports, with their lines', () => {
    expect(packageImports([main, cjs, python])).toEqual([
      { package: 'pg', file: 'examples/x/main.ts', line: 1 },
      { package: 'express', file: 'examples/x/main.ts', line: 2 },
      { package: 'async-mutex', file: 'examples/x/main.ts', line: 5 },
      { package: '@electric-sql/pglite', file: 'examples/x/main.ts', line: 6 },
      { package: 'side-effect', file: 'examples/x/main.ts', line: 9 },
      { package: 'p-retry', file: 'examples/x/old.cjs', line: 1 },
    ]);
  });

  it('lists each package once, sorted; a Python file and a file of only relative imports add none', () => {
    expect(packagesOf([main, main, cjs, python, { name: 'examples/lib/helper.ts', content: "import { a } from './a.ts';\n" }])).toEqual([
      '@electric-sql/pglite',
      'async-mutex',
      'express',
      'p-retry',
      'pg',
      'side-effect',
    ]);
  });
});
