// The committed records are the site's evidence: every example has a fresh, complete record; each
// result per Node release agrees with the example's `// Requires:` header; no record outlives its
// example. (The fixture tests in catalogue.test.ts show each of these refusals can happen.)
import { globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/catalogue.ts';
import { sortedLines } from '../../src/versions/matrix.ts';
import { expectedMinimum } from '../../src/versions/requirements.ts';

const examples = catalogue();
const ids = [...examples.programs(), ...examples.brokenFiles()];
// Python samples run on the one CPython: they have no Node releases.
const onNode = examples.programs().filter((id) => examples.file(id).language === 'typescript');

describe('records/examples/', () => {
  it.each(ids)('examples/%s has a fresh, complete record', (id) => {
    expect(() => examples.record(id)).not.toThrow();
  });

  it("records, per line, the first release each example passes on that its `// Requires:` names", () => {
    const contradictions = onNode.flatMap((id) =>
      sortedLines(examples.nodes).flatMap((line) => {
        const recorded = examples.storedRecord(id)?.releases?.minimums[line];
        const expected = expectedMinimum(examples.file(id).requirements, line, examples.floors[line]);
        return recorded === expected ? [] : [`examples/${id} on Node ${line}: recorded ${String(recorded)}, header says ${String(expected)}`];
      }),
    );
    expect(contradictions, contradictions.join('\n')).toEqual([]);
  });

  it('passes every example on the newest line', () => {
    const newest = examples.nodes[sortedLines(examples.nodes).at(-1) ?? ''] ?? '';
    expect(onNode.filter((id) => examples.storedRecord(id)?.releases?.results[newest]?.pass !== true)).toEqual([]);
  });

  it('keeps no record of an example that no longer exists', () => {
    const orphans = globSync('**/*.json', { cwd: `${examples.recordsDir}/examples` })
      .map((f) => f.split('\\').join('/').replace(/\.json$/, ''))
      .filter((id) => !examples.has(id));
    expect(orphans, 'delete these records, or restore their examples').toEqual([]);
  });
});
