// Reads the project's package.json and package-lock.json, once per root: which versions the site
// installed and runs, which a download's package.json pins (src/downloads/install-specs.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LockedPackage, ProjectPackages } from './install-specs.ts';

const read = new Map<string, ProjectPackages>();

export function projectPackages(root: string): ProjectPackages {
  let found = read.get(root);
  if (!found) {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: object; devDependencies?: object };
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages?: Record<string, LockedPackage> };
    found = { locked: lock.packages ?? {}, listed: new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]) };
    read.set(root, found);
  }
  return found;
}
