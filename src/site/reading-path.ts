// The onboarding path (/start/onboarding/): every planned page in reading order, what it teaches,
// how long it takes, and a self-check. The page renders only the steps whose page exists;
// test/site/reading-path.test.ts fails while any planned page is missing, naming each one.

export interface SelfCheck {
  question: string;
  answer: string;
}

export interface ReadingStep {
  /** Page slug: the page is served at `/${slug}/`. Slugs are permanent. */
  slug: string;
  title: string;
  /** What the page teaches, in one line. */
  teaches: string;
  /** Reading time including running its examples, in minutes. */
  minutes: number;
  /** Two or three questions a reader should be able to answer afterwards. */
  selfCheck: SelfCheck[];
}

export const readingPath: ReadingStep[] = [
  {
    slug: 'start/from-python',
    title: 'From asyncio to TypeScript',
    teaches: 'The Node mental model in asyncio terms: eager async functions, one loop per thread, crashes on unhandled rejections.',
    minutes: 15,
    selfCheck: [
      {
        question: 'You call an async function without awaiting it. Does its body run?',
        answer: 'Yes, up to its first await, straight away. A Python coroutine does nothing until it is awaited or scheduled.',
      },
      {
        question: 'What happens in Node when a promise rejects and nobody handles it?',
        answer: 'The process ends with exit code 1 (the default since Node 15). Python only logs "Task exception was never retrieved".',
      },
    ],
  },
  {
    slug: 'guides/async-vs-sync',
    title: 'Async vs sync',
    teaches: 'One awaited call is no faster; many calls in flight at once are. Loops that serialise by accident, and limiting concurrency.',
    minutes: 20,
    selfCheck: [
      {
        question: 'Ten independent 100 ms requests are awaited one by one in a for…of loop. How long does that take, and how do you fix it?',
        answer: 'About a second. Start them all (map) and await Promise.all: about 100 ms.',
      },
      {
        question: 'Why does items.forEach(async (item) => { await save(item) }) print "done" before anything is saved?',
        answer: 'forEach ignores the promises its callback returns, so nothing waits for them.',
      },
      {
        question: 'How do you keep at most 5 requests in flight?',
        answer: 'A semaphore (or p-limit): every task acquires a slot before it starts and releases it when it settles.',
      },
    ],
  },
  {
    slug: 'guides/event-loop',
    title: 'The event loop: JavaScript\'s GIL',
    teaches: 'Run to completion on one JS thread, the order of microtasks and timers, and the libuv thread pool under fs, dns.lookup and crypto.',
    minutes: 25,
    selfCheck: [
      {
        question: 'A setTimeout(0) is scheduled just before a 200 ms busy loop. When does it fire?',
        answer: 'After the loop finishes, at 200 ms or later: nothing preempts running JavaScript.',
      },
      {
        question: 'Is reading a file with fs/promises non-blocking?',
        answer: 'Not for the thread pool: each read is a blocking call on one of libuv\'s 4 threads (by default); only your JavaScript is free meanwhile.',
      },
    ],
  },
  {
    slug: 'guides/blocking',
    title: 'Blocking, and how not to',
    teaches: 'What blocks the loop (sync APIs, CPU work, sync-only libraries) and the two cures: partitioning and offloading to workers.',
    minutes: 20,
    selfCheck: [
      {
        question: 'A request handler hashes a password with pbkdf2Sync. What happens to the other requests?',
        answer: 'They wait until it finishes: the sync call holds the only JS thread.',
      },
      {
        question: 'What is Node\'s equivalent of asyncio\'s run_in_executor for CPU-bound work?',
        answer: 'A worker thread (worker_threads, or a pool such as piscina).',
      },
    ],
  },
  {
    slug: 'guides/parallelism',
    title: 'Parallelism: workers and shared memory',
    teaches: 'Workers as isolates with their own loop, structured-clone messages, SharedArrayBuffer with Atomics, and locks.',
    minutes: 25,
    selfCheck: [
      {
        question: 'Can you post a function or a class instance to a worker?',
        answer: 'A function throws DataCloneError; a class instance arrives as a plain object without its prototype.',
      },
      {
        question: 'Two workers increment the same SharedArrayBuffer slot with ++. Is the total right?',
        answer: 'No, updates are lost; Atomics.add gives the exact total.',
      },
    ],
  },
  {
    slug: 'guides/forgotten-await',
    title: 'Forgotten awaits: compiler, linter, runtime',
    teaches: 'Which missing awaits tsc reports, which only typescript-eslint catches, and which crash the process at run time.',
    minutes: 20,
    selfCheck: [
      {
        question: 'Does tsc report `if (isAdmin())` when isAdmin returns Promise<boolean>?',
        answer: 'Yes (TS2801, "did you forget to use await"). It does not report `!isAdmin()` or a bare `save();`.',
      },
      {
        question: 'Which lint rule catches a promise that is neither awaited nor handled?',
        answer: '@typescript-eslint/no-floating-promises.',
      },
    ],
  },
  {
    slug: 'guides/combinators',
    title: 'Promise combinators, loops and structured concurrency',
    teaches: 'Promise.all, allSettled, any and race, their edge cases, and a task group that cancels siblings on failure.',
    minutes: 20,
    selfCheck: [
      {
        question: 'Promise.all rejects because one task failed. Are the other tasks stopped?',
        answer: 'No, they keep running; cancelling them needs an AbortSignal that you pass in and abort.',
      },
      {
        question: 'What does Promise.any([]) do?',
        answer: 'It rejects with an AggregateError.',
      },
    ],
  },
  {
    slug: 'guides/cancellation',
    title: 'Cancellation and timeouts',
    teaches: 'AbortSignal, AbortSignal.timeout and AbortSignal.any, the error each API rejects with, and the leak in a Promise.race timeout.',
    minutes: 20,
    selfCheck: [
      {
        question: 'fetch is aborted by AbortSignal.timeout. What is the error\'s name?',
        answer: 'TimeoutError (a DOMException, the signal\'s reason).',
      },
      {
        question: 'What does a Promise.race against a sleep leave behind when the work wins?',
        answer: 'A live timer, until it fires; clear it, or use AbortSignal.timeout.',
      },
    ],
  },
  {
    slug: 'guides/resources',
    title: 'Cleaning up: using and await using',
    teaches: 'Explicit resource management: Symbol.dispose and Symbol.asyncDispose, LIFO disposal, DisposableStack, and which core objects support it.',
    minutes: 15,
    selfCheck: [
      {
        question: 'Two resources are declared with await using and the block throws. In which order are they released?',
        answer: 'Last declared first, before the error propagates.',
      },
      {
        question: 'Constructors cannot be async. How do you build an object that needs async set-up?',
        answer: 'A static async factory that acquires the resource, and Symbol.asyncDispose to release it.',
      },
    ],
  },
  {
    slug: 'guides/api-design',
    title: 'API design in a coloured world',
    teaches: 'Function colour, async factories instead of async constructors, dual sync/async APIs, and never releasing Zalgo.',
    minutes: 20,
    selfCheck: [
      {
        question: 'A callback is sometimes called synchronously and sometimes later. Why is that a bug?',
        answer: 'Callers see two different orders of events; always defer (an async function or queueMicrotask) so the order is one.',
      },
      {
        question: 'Why prefer `return await promise` inside a try block?',
        answer: 'Without await, a rejection skips that function\'s catch, and its finally runs before the promise has settled.',
      },
    ],
  },
  {
    slug: 'guides/context',
    title: 'Context that follows async calls',
    teaches: 'AsyncLocalStorage for request ids and tracing, and how it compares with contextvars and AsyncLocal<T>.',
    minutes: 10,
    selfCheck: [
      {
        question: 'Three requests interleave across awaits. Does each see its own AsyncLocalStorage store?',
        answer: 'Yes: the store follows each call chain, not the order in which the callbacks run.',
      },
      {
        question: 'Which store does an EventEmitter listener see?',
        answer: 'The one active when emit() was called.',
      },
    ],
  },
  {
    slug: 'guides/streams-and-queues',
    title: 'Streams, async iteration, backpressure, queues',
    teaches: 'for await over streams, pipeline, backpressure with write() and drain, and a bounded channel without asyncio.Queue.',
    minutes: 25,
    selfCheck: [
      {
        question: 'What does writable.write() returning false mean?',
        answer: 'The buffer is past its high-water mark: stop writing until the drain event.',
      },
      {
        question: 'Is events.on a bounded queue?',
        answer: 'No: it buffers every event until you read it, without limit by default.',
      },
    ],
  },
  {
    slug: 'guides/runtimes-compared',
    title: 'Node, Python and C# compared',
    teaches: 'Where continuations run in each runtime, and why Node has no ConfigureAwait and no sync-over-async deadlock.',
    minutes: 15,
    selfCheck: [
      {
        question: 'Where does the code after an await run in Node, and in ASP.NET Core?',
        answer: 'In Node, on the same JS thread that awaited; in ASP.NET Core, on any thread-pool thread.',
      },
      {
        question: 'Does Python 3.14 drop the GIL?',
        answer: 'Only in the separate, optional free-threaded build (PEP 779); the default build keeps it.',
      },
    ],
  },
  {
    slug: 'guides/should-you-go-async',
    title: 'Should you go async?',
    teaches: 'A decision checklist: CPU hot paths, sync-only dependencies, thread-pool contention, mixed colours and error handling.',
    minutes: 10,
    selfCheck: [
      {
        question: 'Your service is I/O-bound and written in Node. Is "going async" a decision you still have to make?',
        answer: 'Mostly no: Node\'s I/O is already async. The questions are CPU work, sync-only libraries and the thread pool.',
      },
      {
        question: 'Does making code async make it parallel?',
        answer: 'No: concurrency lets waits overlap; parallel CPU work needs workers.',
      },
    ],
  },
  {
    slug: 'guides/testing-async',
    title: 'Testing async code deterministically',
    teaches: 'Mock timers, asserting orderings, counts and ratios instead of durations, and checking nothing is left open.',
    minutes: 15,
    selfCheck: [
      {
        question: 'Why should a test assert an ordering or a ratio rather than "took less than 120 ms"?',
        answer: 'Wall-clock times vary with machine load; orderings and ratios hold on a busy machine.',
      },
      {
        question: 'How do you check that a test left no timer or socket open?',
        answer: 'Inspect process.getActiveResourcesInfo() at the end.',
      },
    ],
  },
  {
    slug: 'reference/operations',
    title: 'Operations: Python, TypeScript, C#',
    teaches: 'The Node API for each everyday async operation next to asyncio and .NET, each with a tested program.',
    minutes: 15,
    selfCheck: [
      {
        question: 'What replaces asyncio.Queue in Node?',
        answer: 'Nothing built in: a TransformStream with a small high-water mark is a bounded channel.',
      },
      {
        question: 'What replaces async with?',
        answer: 'await using, with Symbol.asyncDispose on the resource.',
      },
    ],
  },
  {
    slug: 'reference/versions',
    title: 'What works on which Node',
    teaches: 'Which async features exist on Node 22, 24 and 26, generated from runs of the examples on each.',
    minutes: 5,
    selfCheck: [
      {
        question: 'Can you use navigator.locks on Node 22?',
        answer: 'No: it arrived in Node 24.5.',
      },
      {
        question: 'Does native await using work on Node 22?',
        answer: 'No, it is a syntax error there unless tsc lowers it; it is native from Node 24.',
      },
    ],
  },
];

/** The URL of a step's page. */
export function stepUrl(step: ReadingStep): string {
  return `/${step.slug}/`;
}

/** The stable anchor of a step on the onboarding page, from its slug (not its position). */
export function stepAnchor(step: ReadingStep): string {
  return `step-${step.slug.split('/').pop() ?? step.slug}`;
}
