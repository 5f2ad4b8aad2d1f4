// Feature: `stream.compose()`, stable since 26.2.0 and 24.19.0
// Source: https://nodejs.org/docs/latest-v24.x/api/stream.html#streamcomposestreams
// Fallback: `stream.pipeline()` with the same stages, which needs the source and destination at once
// Joins stages into one duplex stream that can be reused, passed around, and piped like any other.
import * as stream from 'node:stream';
import { Readable, type Duplex } from 'node:stream';

// @types/node 24 does not declare stream.compose() (only the experimental readable.compose()).
const { compose } = stream as unknown as { compose: (...stages: unknown[]) => Duplex };
const double = compose(async function* (source: AsyncIterable<number>) {
  for await (const n of source) yield n * 2;
});
const out = await Readable.from([1, 2, 3]).pipe(double).toArray();
console.log(out.join(' '));
