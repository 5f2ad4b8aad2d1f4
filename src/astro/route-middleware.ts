// Starlight route middleware (astro.config.mjs `routeMiddleware`): what every page's route data
// gets before it renders.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lastUpdated } from './last-updated.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  // Splash pages (home, 404) have no sidebar in Starlight, and so no menu button on a phone: a
  // reader who lands there could not reach the rest of the site but by search.
  route.hasSidebar = true;
  // A date given in frontmatter stands; the 404 page is not a page that is updated.
  const { lastUpdated: given } = route.entry.data;
  if ((given === undefined || given === true) && route.entry.id !== '404') {
    route.lastUpdated = lastUpdated(context.url.pathname, route.entry.filePath);
  }
});
