// Feature: `import.meta.main`
// Requires: Node 24.3+, 22.18+ (`import.meta.main`)
// Source: https://nodejs.org/docs/latest-v24.x/api/esm.html#importmetamain
// Fallback: compare `import.meta.filename` with `realpathSync(process.argv[1])`
// Deno: --allow-read
// True only in the module Node was asked to run: the same file imported again (a second instance,
// thanks to the query string) sees false, so its demonstration does not run twice.
export const isMain = import.meta.main;

if (import.meta.main) {
  const imported = (await import(`${import.meta.url}?imported`)) as { isMain: boolean };
  console.log(`run directly: ${isMain}`);
  console.log(`imported: ${imported.isMain}`);
}
