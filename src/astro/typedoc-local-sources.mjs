// @ts-check
// A TypeDoc plugin (loaded by starlight-typedoc, see src/astro/api-sources.ts): only declarations in
// examples/lib/ say where they are defined. An inherited member (Error's constructor, say) would
// otherwise get a "Defined in" link into TypeScript's own lib.es5.d.ts, which is no page of this site
// and no file of its repository.
import { Converter } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const reflection of Object.values(context.project.reflections)) {
      if ('sources' in reflection && Array.isArray(reflection.sources)) {
        reflection.sources = reflection.sources.filter((source) => !source.fullFileName.split(/[\\/]/).includes('node_modules'));
      }
    }
  });
}
