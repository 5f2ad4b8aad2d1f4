// What a download's package.json installs for the packages its files import: each at the version the
// project's lockfile resolved (so a reader installs what the site ran), with the `@types/…` package
// the project installs for it. Pure: the lockfile and package.json come in parsed
// (src/downloads/project-packages.ts reads them).
import type { PackageImport } from './package-imports.ts';

/** What package-lock.json says of an installed package: `name` differs from its folder for an alias. */
export interface LockedPackage {
  version?: string;
  name?: string;
}

export interface ProjectPackages {
  /** package-lock.json's `packages`, keyed `node_modules/<name>`. */
  locked: Record<string, LockedPackage>;
  /** The names package.json lists (dependencies and devDependencies). */
  listed: ReadonlySet<string>;
}

/** A package a download needs, and who needs it: an import (file and line), or a tool its scripts run. */
export type Need = Pick<PackageImport, 'package' | 'file'> & { line?: number };

/** `pg` → `@types/pg`; `@scope/pkg` → `@types/scope__pkg` (DefinitelyTyped's naming). */
export function typesPackageOf(name: string): string {
  return `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
}

/** The spec that installs what the lockfile resolved: `8.23.1`, or for an alias `npm:express@4.22.3`. */
export function lockedSpec(project: ProjectPackages, name: string): string | undefined {
  const locked = project.locked[`node_modules/${name}`];
  if (locked?.version === undefined) return undefined;
  return locked.name !== undefined && locked.name !== name ? `npm:${locked.name}@${locked.version}` : locked.version;
}

/**
 * Each needed package and its `@types/…` (when package.json lists one), at the lockfile's versions,
 * sorted by name. Refuses a package the lockfile does not hold, naming who needs it.
 */
export function installSpecs(needs: readonly Need[], project: ProjectPackages): Record<string, string> {
  const specs = new Map<string, string>();
  for (const need of needs) {
    const names = [need.package, typesPackageOf(need.package)].filter((name, i) => i === 0 || project.listed.has(name));
    for (const name of names) {
      const spec = lockedSpec(project, name);
      if (spec === undefined) {
        const where = need.line === undefined ? need.file : `${need.file}:${String(need.line)}`;
        throw new Error(`${where} needs ${name}, which package-lock.json does not hold: run \`npm install --save-dev ${name}\` so the downloads can install the version the site runs`);
      }
      specs.set(name, spec);
    }
  }
  return Object.fromEntries([...specs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
