// Under `astro dev`, a sample whose record is stale or missing is shown with a banner naming the
// refresh that fixes it, and the page still renders: an author editing an example sees the page
// while they work. `astro build` refuses the same sample with the same message.
import { CatalogueError } from './catalogue.ts';

/** What a component shows in place of a sample whose record a refresh would fix. */
export interface StaleNotice {
  /** `npm run refresh -- async-vs-sync/limit.ts` */
  command: string;
  /** The catalogue's message, as the build would report it. */
  message: string;
}

/** True for an error to show on the page rather than throw: in `astro dev`, a record a refresh fixes. */
export function staleInDev(error: unknown, dev: boolean): error is CatalogueError & { refresh: string } {
  return dev && error instanceof CatalogueError && error.refresh !== undefined;
}

/**
 * A tag's answer, or (in `astro dev`) the notice for a record a refresh would fix. Any other error
 * is thrown naming the page line the Markdown pipeline gave the tag (`where`): an answer can change
 * after the page was checked, in `astro dev`, when an example is edited.
 */
export function answerOrStale<T>(where: string | undefined, dev: boolean, answer: () => T): { answer: T } | { stale: StaleNotice } {
  try {
    return { answer: answer() };
  } catch (error) {
    if (staleInDev(error, dev)) return { stale: { command: `npm run refresh -- ${error.refresh}`, message: error.message } };
    if (error instanceof CatalogueError && where) throw new CatalogueError(`${where}: ${error.message}`, { line: error.line, refresh: error.refresh });
    throw error;
  }
}
