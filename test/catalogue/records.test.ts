// The committed records are the site's evidence: every example has a fresh, complete record; each
// result per Node release agrees with the example's `// Requires:` header; no record outlives its
// example. (The fixture tests in catalogue.test.ts show each of these refusals can happen.)
import { globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/catalogue.ts';
import { satisfies, sortedLines } from '../../src/lib/matrix.ts';

const examples = catalogue();
const ids = [...examples.programs(), ...examples.brokenFiles()];

describe('records/examples/', () => {
  it.each(ids)('examples/%s has a fresh, complete record', (id) => {
    expect(() => examples.record(id)).not.toThrow();
  });

  it('fails an example only on a release below its declared requirement, and passes it on every other', () => {
    const contradictions = examples.programs().flatMap((id) =>
      Object.values(examples.nodes).flatMap((version) => {
        const result = examples.storedRecord(id)?.releases?.results[version];
        const expected = satisfies(version, examples.file(id).requirement);
        return result && result.pass !== expected ? [`examples/${id} on Node ${version}: ${result.pass ? 'passes' : 'fails'}`] : [];
      }),
    );
    expect(contradictions, contradictions.join('\n')).toEqual([]);
  });

  it('passes every example on the newest line', () => {
    const newest = examples.nodes[sortedLines(examples.nodes).at(-1) ?? ''] ?? '';
    expect(examples.programs().filter((id) => examples.storedRecord(id)?.releases?.results[newest]?.pass !== true)).toEqual([]);
  });

  it('keeps no record of an example that no longer exists', () => {
    const orphans = globSync('**/*.json', { cwd: `${examples.recordsDir}/examples` })
      .map((f) => f.split('\\').join('/').replace(/\.json$/, ''))
      .filter((id) => !examples.has(id));
    expect(orphans, 'delete these records, or restore their examples').toEqual([]);
  });
});
