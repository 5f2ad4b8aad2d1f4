// Checks every <Example> on every page against examples/ before the site is rendered: a missing
// file, or a missing, duplicated or unclosed region, is reported as `content/docs/page.mdx:LINE`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { findSampleUsages } from '../lib/sample-usages.ts';
import { extractRegion, parseRegions, RegionError } from '../lib/regions.ts';
import { contentDir, examplePath, root } from '../runner/paths.ts';

export function contentFiles(): string[] {
  return readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export function checkSampleUsages(): string[] {
  const problems: string[] = [];
  for (const page of contentFiles()) {
    const name = path.relative(root, page).split(path.sep).join('/');
    for (const usage of findSampleUsages(readFileSync(page, 'utf8'))) {
      const where = `${name}:${usage.line}: <Example file="${usage.file}"${usage.region ? ` region="${usage.region}"` : ''}>`;
      if (usage.file === '') {
        problems.push(`${where}: needs a literal file="…" attribute`);
        continue;
      }
      if (!existsSync(examplePath(usage.file))) {
        problems.push(`${where}: examples/${usage.file} does not exist`);
        continue;
      }
      const source = readFileSync(examplePath(usage.file), 'utf8');
      try {
        parseRegions(source);
        if (usage.region !== undefined) extractRegion(source, usage.region);
      } catch (error) {
        if (!(error instanceof RegionError)) throw error;
        problems.push(`${where}: examples/${usage.file}:${error.line}: ${error.message}`);
      }
    }
  }
  return problems;
}

/** An Astro integration that fails the build early, listing every broken sample reference. */
export function checkSamplesIntegration() {
  return {
    name: 'awaited:check-samples',
    hooks: {
      'astro:build:start': () => {
        const problems = checkSampleUsages();
        if (problems.length > 0) throw new Error(`Broken samples:\n${problems.join('\n')}`);
      },
    },
  };
}
