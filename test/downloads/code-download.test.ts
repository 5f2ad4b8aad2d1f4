// The code download's own project files, from the project's: the same versions and compiler options.
import { describe, expect, it } from 'vitest';
import { DOWNLOAD_PACKAGES, downloadPackageJson, downloadReadme, downloadTsconfig } from '../../src/downloads/code-download.ts';

describe('downloadPackageJson', () => {
  const project = {
    engines: { node: '>=24.12 <25' },
    dependencies: { piscina: '^5.3.2' },
    devDependencies: { typescript: '6.0.3', '@types/node': '^24.19.2', eslint: '^10.15.0', '@eslint/js': '^10.0.1', 'typescript-eslint': '^8.73.0', zod: '^4.6.7', astro: '^7.3.5' },
  };

  it('installs the packages the download needs at the project versions, and nothing of the site', () => {
    const pkg = downloadPackageJson(project);
    expect(pkg['devDependencies']).toEqual({ piscina: '^5.3.2', typescript: '6.0.3', zod: '^4.6.7', '@types/node': '^24.19.2', eslint: '^10.15.0', '@eslint/js': '^10.0.1', 'typescript-eslint': '^8.73.0' });
    expect(Object.keys(pkg['devDependencies'] as object)).toEqual(DOWNLOAD_PACKAGES);
    expect(pkg['engines']).toEqual({ node: '>=24.12 <25' });
    expect(pkg['type']).toBe('module');
    expect(pkg['scripts']).toMatchObject({ exercise: 'node scripts/exercise.mjs' });
  });

  it('refuses when the project no longer lists a package the download needs', () => {
    expect(() => downloadPackageJson({ ...project, dependencies: {} })).toThrow('the code download needs piscina, which package.json does not list');
  });
});

describe('downloadTsconfig', () => {
  it("keeps the project's resolved compiler options without the site's paths", () => {
    const config = downloadTsconfig({ compilerOptions: { strict: true, module: 'nodenext', paths: { x: ['./y'] } } });
    expect(config).toEqual({
      compilerOptions: { strict: true, module: 'nodenext' },
      include: ['examples', 'exercises', 'src', 'scripts', 'eslint.config.js'],
      exclude: ['**/broken/**'],
    });
  });
});

describe('downloadReadme', () => {
  it('links the setup page and names the commands', () => {
    const readme = downloadReadme('https://awaited.dev');
    expect(readme).toContain('https://awaited.dev/start/setup/');
    expect(readme).toContain('npm run exercise -- 04');
    expect(readme).not.toContain('127.0.0.1');
  });

  it('links the local server, and says so, while the site has no public URL', () => {
    const readme = downloadReadme('');
    expect(readme).toContain('Setup, step by step: http://127.0.0.1:4321/start/setup/');
    expect(readme).toContain('The site has no public URL yet: this links to the local copy, which npm start serves in the Awaited repository.');
  });
});
