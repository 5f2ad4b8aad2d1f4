// How this project's integrations add their Markdown plugins: to Astro 7's Markdown processor,
// Sätteri, which MDX inherits, as Starlight registers its own.
import type { AstroConfig } from 'astro';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import type { MdastPluginEntry } from 'satteri';

export function addMdastPlugins(config: AstroConfig, integration: string, ...plugins: MdastPluginEntry[]): void {
  const { processor } = config.markdown;
  if (!isSatteriProcessor(processor)) throw new Error(`${integration} needs the Sätteri Markdown processor, found "${processor.name}"`);
  processor.options.mdastPlugins.push(...plugins);
}
