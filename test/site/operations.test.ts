// The operations table cannot have a row without its tested program, or a program without a row.
import { describe, expect, it } from 'vitest';
import { OPERATIONS_FOLDER, operationExamples, readOperationsData, regionsOf } from '../../src/site/operations.ts';
import { operationProblems } from '../../src/lib/operations.ts';

describe('examples/operations/operations.json', () => {
  it('every row has its example and region, and every example has a row', () => {
    const problems = operationProblems(readOperationsData(), OPERATIONS_FOLDER, operationExamples(), regionsOf);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has the operations of the seed table and of the coordination guide, in order', () => {
    const rows = (readOperationsData() as { rows: { operation: string }[] }).rows;
    expect(rows.map((r) => r.operation)).toEqual([
      'sleep', 'call soon', 'TCP', 'UDP', 'HTTP client', 'subprocess', 'queue', 'files', 'blocking work',
      'gather', 'as completed', 'timeout', 'shield', 'retry', 'lock', 'lock on Node 22', 'semaphore',
      'event', 'condition', 'context', 'cleanup', 'iteration', 'DNS',
    ]);
  });
});
