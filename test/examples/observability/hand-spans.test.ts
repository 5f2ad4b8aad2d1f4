// The hand-written span helper of examples/observability/hand-spans.ts: a span's parent is the span
// active where it started, across awaits and however requests interleave; a failed span is still
// recorded, and the failure reaches the caller.
import { setImmediate as turn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { span, type SpanRecord } from '../../../examples/observability/hand-spans.ts';

const byName = (finished: SpanRecord[], name: string) => finished.filter((s) => s.name === name);

describe('span', () => {
  it('gives a span started inside another that span as its parent, after an await too', async () => {
    const finished: SpanRecord[] = [];
    await span('request', finished, async () => {
      await turn();
      await span('query', finished, () => turn());
    });
    const [request] = byName(finished, 'request');
    expect(byName(finished, 'query').map((s) => s.parentId)).toEqual([request?.id]);
    expect(request?.parentId).toBeUndefined();
  });

  it('keeps interleaved requests apart: each child has its own request as parent', async () => {
    const finished: SpanRecord[] = [];
    const request = (turns: number) =>
      span('request', finished, async () => {
        for (let i = 0; i < turns; i++) await turn(); // the other request runs here
        await span('query', finished, () => turn());
      });
    await Promise.all([request(3), request(1)]);
    const requests = byName(finished, 'request').map((s) => s.id).sort();
    const parents = byName(finished, 'query').map((s) => s.parentId).sort();
    expect(parents).toEqual(requests);
  });

  it('records a span whose work failed, and passes the failure on', async () => {
    const finished: SpanRecord[] = [];
    await expect(span('failing', finished, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(finished.map((s) => s.name)).toEqual(['failing']);
  });
});
