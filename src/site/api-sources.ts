// Where the API reference links each declaration's source ("Defined in"). With a repository
// configured (src/site/repository.ts): the file and line there. Without one: the file's section on
// /examples/lib/, which shows it whole, as tested (`#semaphore.ts` is an alias anchor there).
import { repository } from './repository.ts';

export function typeDocSourceOptions(): Record<string, unknown> {
  // TypeDoc roots {path} at basePath when disableGit is set (typedoc.json sets it).
  return repository
    ? { disableSources: false, basePath: '.', sourceLinkTemplate: repository.source('{path}').concat('#L{line}') }
    : { disableSources: false, basePath: './examples/lib', sourceLinkTemplate: '/examples/lib/#{path}' };
}
