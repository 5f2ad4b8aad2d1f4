import { describe, expect, it } from 'vitest';
import { runtimeNotices, unexpectedStderr } from '../../src/runner/stderr.ts';

const stderr = [
  '(node:4242) ExperimentalWarning: SQLite is an experimental feature and might change at any time',
  '(Use `node --trace-warnings ...` to show where the warning was created)',
  '(node:4242) DeprecationWarning: something the example did',
  'plain text from the example',
  '',
].join('\n');

describe('stderr of an example', () => {
  it("keeps Node's ExperimentalWarning notices apart, without the process id", () => {
    expect(runtimeNotices(stderr)).toEqual(['ExperimentalWarning: SQLite is an experimental feature and might change at any time']);
  });

  it('reports every other line, other warning types included', () => {
    expect(unexpectedStderr(stderr)).toEqual(['(node:4242) DeprecationWarning: something the example did', 'plain text from the example']);
  });
});
