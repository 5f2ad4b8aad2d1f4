// The project's root folder, named once. npm scripts, Astro, Vitest and the scripts in scripts/
// all run from it; a test that points the machinery at a fixture tree passes its own root instead
// of changing this.
export function projectRoot(): string {
  return process.cwd();
}
