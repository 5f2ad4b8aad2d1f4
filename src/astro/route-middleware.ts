// Starlight route middleware (astro.config.mjs `routeMiddleware`): what every page's route data
// gets before it renders.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lastUpdated } from './last-updated.ts';
import { exercisesToc, onboardingPath, onboardingToc, type TocItem } from './onboarding-path.ts';

/** "On this page" of the pages whose headings a component writes, which Starlight does not see (it lists the Markdown's). */
const COMPONENT_HEADINGS: Record<string, () => Promise<TocItem[]>> = {
  'start/onboarding': async () => onboardingToc((await onboardingPath()).sections),
  'start/exercises': () => Promise.resolve(exercisesToc()),
};

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  // Splash pages (home, 404) have no sidebar in Starlight, and so no menu button on a phone: a
  // reader who lands there could not reach the rest of the site but by search.
  route.hasSidebar = true;
  // A date given in frontmatter stands; the 404 page is not a page that is updated.
  const { lastUpdated: given } = route.entry.data;
  if ((given === undefined || given === true) && route.entry.id !== '404') {
    route.lastUpdated = lastUpdated(context.url.pathname, route.entry.filePath);
  }
  const headings = COMPONENT_HEADINGS[route.entry.id];
  if (headings && route.toc) route.toc.items.push(...(await headings()));
});
