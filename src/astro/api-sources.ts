// Where the API reference links each declaration's source ("Defined in"). With a repository
// configured (src/astro/repository.ts): the file and line there. Without one: the file's section on
// /examples/lib/, which shows it whole, as tested (`#semaphore.ts` is an alias anchor there).
import { fileURLToPath } from 'node:url';
import { repository } from './repository.ts';

export function typeDocSourceOptions(): Record<string, unknown> {
  // Declarations outside examples/lib/ (inherited from TypeScript's lib files) get no source line.
  const plugin = [fileURLToPath(new URL('typedoc-local-sources.mjs', import.meta.url))];
  // TypeDoc roots {path} at basePath when disableGit is set (typedoc.json sets it).
  return repository
    ? { plugin, disableSources: false, basePath: '.', sourceLinkTemplate: repository.source('{path}').concat('#L{line}') }
    : { plugin, disableSources: false, basePath: './examples/lib', sourceLinkTemplate: '/examples/lib/#{path}' };
}
