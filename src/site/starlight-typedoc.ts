// The part of starlight-typedoc's API that astro.config.mjs uses, typed here. The package ships its
// TypeScript sources (no .d.ts), written for bundler module resolution: if `tsc -p .` (NodeNext)
// followed an import of it, it would type-check those sources and fail on their extensionless
// relative imports. astro.config.mjs therefore loads it by a name TypeScript does not follow and
// gives the result this type.
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

export interface StarlightTypeDocModule {
  default: (options: StarlightTypeDocOptions) => StarlightPlugin;
  /** The placeholder that the plugin replaces with the API pages' sidebar group. */
  typeDocSidebarGroup: { label: string; items: never[] };
}
