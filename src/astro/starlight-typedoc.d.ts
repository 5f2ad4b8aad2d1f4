// Types of the part of starlight-typedoc that astro.config.mjs uses. The package ships its
// TypeScript sources (no .d.ts) written for bundler module resolution; under this project's
// NodeNext settings `tsc -p .` would type-check them and fail on their extensionless relative
// imports. tsconfig.json maps the package name to `./src/astro/starlight-typedoc.js` (`paths`),
// which tsc resolves to this file; Vite, which also reads `paths`, finds no such .js file and
// loads the real package.
import type { StarlightPlugin } from '@astrojs/starlight/types';

export interface StarlightTypeDocOptions {
  entryPoints?: string[];
  tsconfig?: string;
  /** Output folder under src/content/docs/, also the URL prefix. */
  output?: string;
  pagination?: boolean;
  errorOnEmptyDocumentation?: boolean;
  sidebar?: { label?: string; collapsed?: boolean; readmeLabel?: string };
  typeDoc?: Record<string, unknown>;
  watch?: boolean;
}

/** The placeholder that the plugin replaces with the API pages' sidebar group. */
export declare const typeDocSidebarGroup: { label: string; items: never[] };
export default function starlightTypeDoc(options: StarlightTypeDocOptions): StarlightPlugin;
