// The code download's own project files, from the project's: the same versions and compiler options.
import { describe, expect, it } from 'vitest';
import { DOWNLOAD_TOOLS, downloadNeeds, downloadPackageJson, downloadReadme, downloadTsconfig } from '../../src/downloads/code-download.ts';

describe('downloadNeeds', () => {
  it("adds the tools the download's scripts run to what its files import", () => {
    const imports = [{ package: 'pg', file: 'examples/a/b.ts', line: 1 }];
    expect(downloadNeeds(imports).map((need) => need.package)).toEqual(['pg', ...DOWNLOAD_TOOLS]);
    expect(DOWNLOAD_TOOLS).toEqual(['typescript', 'eslint', '@types/node']);
  });
});

describe('downloadPackageJson', () => {
  it("installs the packages it is given, on the project's Node range, as ES modules", () => {
    const pkg = downloadPackageJson({ node: '>=24.12 <25' }, { pg: '8.23.1', typescript: '6.0.3' });
    expect(pkg['devDependencies']).toEqual({ pg: '8.23.1', typescript: '6.0.3' });
    expect(pkg['engines']).toEqual({ node: '>=24.12 <25' });
    expect(pkg['type']).toBe('module');
    expect(pkg['scripts']).toEqual({ exercise: 'node scripts/exercise.mjs', typecheck: 'tsc', lint: 'eslint .' });
  });
});

describe('downloadTsconfig', () => {
  it("keeps the project's resolved compiler options without the site's paths", () => {
    const config = downloadTsconfig({ compilerOptions: { strict: true, module: 'nodenext', paths: { x: ['./y'] } } });
    expect(config).toEqual({
      compilerOptions: { strict: true, module: 'nodenext' },
      include: ['examples', 'exercises', 'capstone', 'src', 'scripts', 'eslint.config.js'],
      exclude: ['**/broken/**', 'capstone/steps/*/solution'],
    });
  });
});

describe('downloadReadme', () => {
  it('links the setup page and names the commands', () => {
    const readme = downloadReadme('https://awaited.dev');
    expect(readme).toContain('https://awaited.dev/start/setup/');
    expect(readme).toContain('npm run exercise -- 04');
    expect(readme).toContain('npm run exercise -- build/1');
    expect(readme).toContain('https://awaited.dev/build/');
    expect(readme).not.toContain('127.0.0.1');
  });

  it('links the local server, and says so, while the site has no public URL', () => {
    const readme = downloadReadme('');
    expect(readme).toContain('Setup, step by step: http://127.0.0.1:4321/start/setup/');
    expect(readme).toContain('The site has no public URL yet: this links to the local copy, which npm start serves in the Awaited repository.');
  });
});
