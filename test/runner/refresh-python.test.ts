// `npm run refresh` on Python fixture samples (test/fixtures/catalogue/examples/py/): a sample that
// leaves a coroutine never awaited, or prints other than its .out, is refused with its file and
// line and gets no record; --check confirms a record without writing.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../src/catalogue/catalogue.ts';
import { refresh } from '../../src/runner/refresh.ts';

const fixture = path.join(import.meta.dirname, '..', 'fixtures', 'catalogue');
const examples = createCatalogue(fixture);

describe('refresh of Python samples', () => {
  it('refuses a leaking program and an .out mismatch, naming the file and line', async () => {
    expect(await refresh(examples, ['py/leaks.py', 'py/mismatch.py'], { releases: [], check: true, python: () => '3.11.2' })).toEqual([
      { id: 'py/leaks.py', problems: ['the record of examples/py/leaks.py is older than its source; run `npm run refresh -- py/leaks.py`'] },
      { id: 'py/mismatch.py', problems: ['the record of examples/py/mismatch.py is older than its source; run `npm run refresh -- py/mismatch.py`'] },
    ]);
    // Writing is what a refresh does; neither run passes, so nothing is written.
    expect(await refresh(examples, ['py/leaks.py', 'py/mismatch.py'], { releases: [], python: () => '3.11.2' })).toEqual([
      { id: 'py/leaks.py', problems: ["examples/py/leaks.py:\n  examples/py/leaks.py:9: RuntimeWarning: coroutine 'tick' was never awaited"] },
      { id: 'py/mismatch.py', problems: ['examples/py/mismatch.py:\n  stdout line 1: expected "goodbye", got "hello"'] },
    ]);
    expect(examples.storedRecord('py/leaks.py')).toBeUndefined();
  });

  it('--check confirms a record by one run, and refuses one made on another CPython', async () => {
    expect(await refresh(examples, ['py/greet.py'], { releases: [], check: true, python: () => '3.11.2' })).toEqual([{ id: 'py/greet.py', problems: [] }]);
    expect(await refresh(examples, ['py/greet.py'], { releases: [], check: true, python: () => '3.12.1' })).toEqual([
      { id: 'py/greet.py', problems: ['the record of examples/py/greet.py was made on CPython 3.11.2, this run is on 3.12.1; run `npm run refresh -- py/greet.py` and review the diff'] },
    ]);
  });
});
