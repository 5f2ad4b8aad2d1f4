// A request traced with OpenTelemetry: a parent span and two children made across awaits, exported
// to memory so the program can check who is whose parent. Span ids are random: only equalities and
// counts are printed.
import { context, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { setTimeout as sleep } from 'node:timers/promises';

// #region setup
const exporter = new InMemorySpanExporter(); // in production: an OTLP exporter
const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] });
const contextManager = new AsyncLocalStorageContextManager().enable();
context.setGlobalContextManager(contextManager);
trace.setGlobalTracerProvider(provider);
const tracer = trace.getTracer('orders');
// #endregion setup

// #region traced
/** Runs `work` in a new active span, ended when `work` settles; a failure marks the span. */
async function inSpan<T>(name: string, work: (span: Span) => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

async function handleOrder(): Promise<void> {
  await inSpan('GET /order', async () => {
    await inSpan('db.query', () => sleep(10)); // no span passed down:
    await inSpan('fetch prices', () => sleep(5)); // the parent is found in the context
  });
}
// #endregion traced

/** The finished span called `name` (the exporter holds every span ended so far). */
function finished(name: string): ReadableSpan {
  const span = exporter.getFinishedSpans().find((s) => s.name === name);
  if (!span) throw new Error(`no finished span called ${name}`);
  return span;
}

// #region check
await Promise.all([handleOrder(), handleOrder()]); // two requests, interleaved
const parents = exporter.getFinishedSpans().filter((s) => s.name === 'GET /order');
const children = exporter.getFinishedSpans().filter((s) => s.name !== 'GET /order');
const parentOf = (child: ReadableSpan) =>
  parents.find((p) => p.spanContext().spanId === child.parentSpanContext?.spanId);
console.log(`spans: ${parents.length} requests, ${children.length} children`);
console.log(`every child's parentSpanId is a request's spanId: ${children.every((c) => parentOf(c) !== undefined)}`);
console.log(`each request has its own 2 children: ${parents.every((p) => children.filter((c) => parentOf(c) === p).length === 2)}`);
console.log(`children share their parent's traceId: ${children.every((c) => c.spanContext().traceId === parentOf(c)?.spanContext().traceId)}`);
console.log(`the two requests are two traces: ${new Set(parents.map((p) => p.spanContext().traceId)).size === 2}`);
// #endregion check
exporter.reset();

// #region broken
// What breaks it: a span started with startSpan is not made active, so its "children" find the
// request's span (or none) in the context instead.
await inSpan('GET /report', async () => {
  const render = tracer.startSpan('render'); // not active
  await inSpan('load rows', () => sleep(5));
  render.end();
});
const rows = finished('load rows');
console.log(`'load rows' is a child of 'render': ${rows.parentSpanContext?.spanId === finished('render').spanContext().spanId}`);
console.log(`'load rows' is a child of 'GET /report': ${rows.parentSpanContext?.spanId === finished('GET /report').spanContext().spanId}`);
// #endregion broken

await provider.shutdown();
contextManager.disable();
