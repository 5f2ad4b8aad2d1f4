// The Astro integration of the sample pipeline: the Markdown plugin that checks every sample tag
// where it stands, the one that counts what each page gives to read (samples included), and in
// `astro dev` a fresh catalogue (and a page reload) whenever an example, a record or an exercise
// changes, so an edited example or exercise shows up without a restart.
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { catalogue, resetCatalogue } from '../catalogue/catalogue.ts';
import { exerciseCatalogue, resetExerciseCatalogues } from '../exercises/catalogue.ts';
import { projectRoot } from '../cli/project-root.ts';
import { readingStatsPlugin } from '../content-pipeline/reading-stats-plugin.ts';
import { sampleTagsPlugin } from '../content-pipeline/sample-tags-plugin.ts';
import { addMdastPlugins } from './markdown-plugins.ts';

export function samplesIntegration(): AstroIntegration {
  return {
    name: 'awaited:samples',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        // The tags are checked first, so a broken tag fails with its own message. Under `astro
        // dev`, a stale record shows as a banner on its sample; a build refuses it.
        addMdastPlugins(config, 'awaited:samples', sampleTagsPlugin(catalogue, { dev: command === 'dev' }), readingStatsPlugin());
      },
      'astro:server:setup': ({ server }) => {
        const { examplesDir, recordsDir } = catalogue();
        const exercisesDir = exerciseCatalogue(projectRoot()).dir;
        const watched = [examplesDir, recordsDir, exercisesDir];
        server.watcher.add(watched);
        const onChange = (file: string): void => {
          if (!watched.some((dir) => file.startsWith(dir + path.sep))) return;
          if (file.startsWith(exercisesDir + path.sep)) resetExerciseCatalogues();
          else resetCatalogue();
          server.environments.client.hot.send({ type: 'full-reload' });
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
      },
    },
  };
}
