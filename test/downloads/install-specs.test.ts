// A download installs each package at the version the lockfile resolved, an alias by its alias
// spec, with the @types package the project installs for it.
import { describe, expect, it } from 'vitest';
import { installSpecs, lockedSpec, typesPackageOf, type ProjectPackages } from '../../src/downloads/install-specs.ts';

const project: ProjectPackages = {
  locked: {
    '': { name: 'awaited' },
    'node_modules/pg': { version: '8.23.1' },
    'node_modules/@types/pg': { version: '8.23.1' },
    'node_modules/express4': { name: 'express', version: '4.22.3' },
    'node_modules/@types/express4': { name: '@types/express', version: '4.17.25' },
    'node_modules/@electric-sql/pglite': { version: '0.5.14' },
    'node_modules/undici-types': { version: '7.1.0' },
    'node_modules/undici': { version: '8.13.1' },
  },
  // @types/undici is not listed: undici ships its own types.
  listed: new Set(['pg', '@types/pg', 'express4', '@types/express4', '@electric-sql/pglite', 'undici']),
};

describe('typesPackageOf', () => {
  it("follows DefinitelyTyped's naming", () => {
    expect(typesPackageOf('pg')).toBe('@types/pg');
    expect(typesPackageOf('@electric-sql/pglite')).toBe('@types/electric-sql__pglite');
  });
});

describe('lockedSpec', () => {
  it('is the exact version the lockfile resolved, or the alias spec', () => {
    expect(lockedSpec(project, 'pg')).toBe('8.23.1');
    expect(lockedSpec(project, 'express4')).toBe('npm:express@4.22.3');
    expect(lockedSpec(project, 'left-pad')).toBeUndefined();
  });
});

describe('installSpecs', () => {
  it('pins each package and the @types package.json lists for it, sorted by name', () => {
    const needs = [
      { package: 'undici', file: 'examples/a.ts', line: 1 },
      { package: 'pg', file: 'examples/a.ts', line: 2 },
      { package: 'express4', file: 'examples/b.ts', line: 1 },
      { package: 'pg', file: 'examples/b.ts', line: 3 },
      { package: '@electric-sql/pglite', file: 'examples/c.ts', line: 1 },
    ];
    expect(Object.entries(installSpecs(needs, project))).toEqual([
      ['@electric-sql/pglite', '0.5.14'],
      ['@types/express4', 'npm:@types/express@4.17.25'],
      ['@types/pg', '8.23.1'],
      ['express4', 'npm:express@4.22.3'],
      ['pg', '8.23.1'],
      ['undici', '8.13.1'],
    ]);
  });

  it('refuses a package the lockfile does not hold, naming the import and the fix', () => {
    expect(() => installSpecs([{ package: 'left-pad', file: 'examples/x/pad.ts', line: 4 }], project)).toThrow(
      'examples/x/pad.ts:4 needs left-pad, which package-lock.json does not hold: run `npm install --save-dev left-pad` so the downloads can install the version the site runs',
    );
  });

  it('names a tool by who runs it when no line imports it', () => {
    expect(() => installSpecs([{ package: 'eslint', file: "the code download's scripts" }], project)).toThrow(
      "the code download's scripts needs eslint, which package-lock.json does not hold",
    );
  });
});
