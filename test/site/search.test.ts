// What a reader finds with the words they type. Each phrasing below is how a new reader asked (a
// question, an "X vs Y", a symptom, an error or console line pasted as is); the page that answers
// it must be among the first results of the site's own search, above every generated page
// (examples listings, API pages, onboarding). The search is the real one: the built Pagefind
// index, queried by Pagefind's own pagefind.js (loaded from dist/, its fetch reading files) with
// the site's ranking (search-ranking.ts), after the query handling the search box applies
// (search-query.ts). Deterministic: the same index gives the same order.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { searchTerms } from '../../src/components/overrides/search-query.ts';
import { isGeneratedPage, SEARCH_RANKING } from '../../src/components/overrides/search-ranking.ts';
import { builtSite } from '../../src/built-site/dist.ts';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

const TOP = 3;

/** [what the reader typed, the page (and only the page, no anchor) that answers it] */
const phrasings: [string, string][] = [
  ['promise vs async await', '/start/promises/'],
  ['node won’t exit', '/production/debugging/'],
  ['process hangs', '/production/debugging/'],
  ['async constructor', '/guides/api-design/'],
  ['how do I get the value out of an async call', '/start/promises/'],
  ['Promise { <pending> }', '/start/promises/'],
  ['nextTick starves io', '/guides/event-loop/'],
  ['setTimeout vs setImmediate', '/guides/event-loop/'],
  ['UnhandledPromiseRejection', '/guides/forgotten-await/'],
  ['Task exception was never retrieved', '/start/from-python/'],
  ['coroutine was never awaited', '/start/from-python/'],
  ['asyncio.gather', '/start/from-python/'],
  ['Promise.all vs Promise.allSettled', '/guides/combinators/'],
  ['forEach async', '/guides/async-vs-sync/'],
  ['worker threads vs child process', '/guides/parallelism/'],
  ['node vs deno vs bun', '/guides/runtimes-compared/'],
  ['fork child process send message', '/guides/parallelism/'],
  ['worker thread memory usage', '/guides/parallelism/'],
  ['multiprocessing in node', '/guides/parallelism/'],
  ['cancel a fetch', '/guides/cancellation/'],
  ['TimeoutError', '/guides/cancellation/'],
  ['write returns false', '/guides/streams-and-queues/'],
  ['stack trace cut off', '/production/debugging/'],
  ['graceful shutdown SIGTERM', '/production/lifecycle/'],
  ['limit concurrency', '/guides/async-vs-sync/'],
  ['is fs.readFile blocking', '/guides/event-loop/'],
  ['thread pool size', '/guides/blocking/'],
  ['AbortSignal.timeout', '/guides/cancellation/'],
  ['AsyncLocalStorage request id', '/guides/context/'],
  ['semaphore', '/guides/async-vs-sync/'],
  ['backpressure', '/guides/streams-and-queues/'],
  ['worker pool fan-out fan-in', '/guides/pipelines/'],
  ['p-map concurrency', '/guides/pipelines/'],
  ['asyncio queue join task_done', '/guides/pipelines/'],
  ['retry with backoff', '/guides/coordination/'],
  ['mock timers', '/guides/testing-async/'],
  ['should I use async', '/guides/should-you-go-async/'],
  ['build a service node postgres', '/build/'],
  ['graceful shutdown fastify', '/build/shutdown/'],
  ['request id in every log line', '/build/context-and-logs/'],
  ['asyncio.create_task', '/start/from-python/'],
  ['run_in_executor', '/guides/blocking/'],
  ['concurrency vs parallelism', '/start/from-python/'],
  ['queueMicrotask vs process.nextTick', '/guides/event-loop/'],
  ['event loop blocked', '/guides/blocking/'],
  ['ERR_UNHANDLED_REJECTION', '/guides/forgotten-await/'],
  ['structured concurrency typescript', '/guides/scopes-and-deadlines/'],
  ['deadline propagation', '/guides/scopes-and-deadlines/'],
  ['asyncio.shield', '/guides/scopes-and-deadlines/'],
  ['Warning: Detected unsettled top-level await', '/production/lifecycle/'],
  ['MaxListenersExceededWarning', '/guides/writing-cancellable-code/'],
  ['async generator break finally', '/guides/async-iteration/'],
  ['paginated API async iterator', '/guides/async-iteration/'],
  ['Array.fromAsync concurrency', '/guides/async-iteration/'],
  ['cancel safety', '/guides/cancel-safety/'],
  ['Promise.race timeout loses message', '/guides/cancel-safety/'],
  ['retry duplicate payment idempotency key', '/guides/cancel-safety/'],
  ['should I retry or open a breaker', '/reference/decision-flows/'],
  ['timeout retry or circuit breaker', '/production/resilience/'],
  ['request id in every log line', '/production/observability/'],
  ['opentelemetry node async context', '/production/observability/'],
  ['event loop lag', '/production/observability/'],
  ['circuit breaker node', '/production/resilience/'],
  ['retry storm', '/production/resilience/'],
  ['rate limit requests', '/production/resilience/'],
];

/** Generated pages follow the guides but stay on the first screen of results (Pagefind's UI shows 5). */
const generated: [string, string][] = [
  ['Semaphore', '/reference/api/semaphore/'],
  ['withTimeout', '/reference/api/timeout/'],
  ['many-requests', '/examples/async-vs-sync/'],
];

let pagefind: Pagefind;

beforeAll(async () => {
  const dist = builtSite().dir;
  // pagefind.js fetches its index files by URL; here they are files in dist/.
  vi.stubGlobal('fetch', async (input: string | URL | Request) => {
    const url = input instanceof Request ? input.url : String(input);
    const file = path.join(dist, new URL(url, 'http://site/').pathname);
    return new Response(await readFile(file));
  });
  pagefind = (await import(pathToFileURL(path.join(dist, 'pagefind', 'pagefind.js')).href)) as Pagefind;
  await pagefind.options({ basePath: '/pagefind/', ranking: SEARCH_RANKING });
});

// Test files share one worker (isolate: false): give the next file the real fetch.
afterAll(() => {
  vi.unstubAllGlobals();
});

/** The first `count` pages for what the reader typed, as the site's search box would list them. */
async function topPages(query: string, count = TOP): Promise<string[]> {
  const { results } = await pagefind.search(searchTerms(query));
  return Promise.all(results.slice(0, count).map(async (result) => new URL((await result.data()).url, 'http://site/').pathname));
}

describe(`a reader's words find the page that answers them (in the top ${TOP}, above generated pages)`, () => {
  it.each(phrasings)('%j → %s', async (query, page) => {
    const top = await topPages(query);
    expect(top).toContain(page);
    const firstGenerated = top.findIndex(isGeneratedPage);
    expect(firstGenerated === -1 || firstGenerated > top.indexOf(page), `a generated page leads: ${top.join(' ')}`).toBe(true);
  });
});

describe('a generated page searched for by its own name is still on the first screen of results (top 5)', () => {
  it.each(generated)('%j → %s', async (query, page) => {
    expect(await topPages(query, 5)).toContain(page);
  });
});
