// records/matrix.json is the runtime matrix the pages show: it must cover every example with a
// fresh source hash, give a reason for every failure, agree with the examples' `// Requires:`
// declarations, and have been made with the Node versions package.json names.
import { describe, expect, it } from 'vitest';
import { compareVersions, matrixProblems, satisfies } from '../../src/lib/matrix.ts';
import { listExamples, sourceHash } from '../../src/runner/catalogue.ts';
import { configuredLines, MatrixError, readMatrix, requirementOf, runtimeBadges } from '../../src/site/matrix.ts';

const matrix = readMatrix();
const ids = listExamples();

describe('records/matrix.json', () => {
  it('exists', () => {
    expect(matrix, 'records/matrix.json is missing: run `npm run matrix`').toBeDefined();
  });

  it('was made with the Node versions of package.json awaited.matrix', () => {
    expect(matrix?.nodes).toEqual(configuredLines());
  });

  it('covers every example with a fresh source hash, and every failure has a reason', () => {
    if (!matrix) return;
    const problems = matrixProblems(matrix, ids, sourceHash);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('fails an example only on a line below its declared requirement, and passes it on every other line', () => {
    if (!matrix) return;
    const contradictions: string[] = [];
    for (const id of ids) {
      const requirement = requirementOf(id);
      for (const [line, version] of Object.entries(matrix.nodes)) {
        const result = matrix.examples[id]?.lines[line];
        if (!result) continue;
        if (result.pass !== satisfies(version, requirement)) contradictions.push(`examples/${id} on Node ${version}: ${result.pass ? 'passes' : 'fails'}`);
      }
    }
    expect(contradictions, contradictions.join('\n')).toEqual([]);
  });

  it('has every example passing on the newest line', () => {
    if (!matrix) return;
    const newest = Object.keys(matrix.nodes).sort((a, b) => compareVersions(b, a))[0] ?? '';
    const failing = ids.filter((id) => matrix.examples[id]?.lines[newest]?.pass === false);
    expect(failing).toEqual([]);
  });
});

describe('runtimeBadges', () => {
  it('gives one badge per line, in order', () => {
    const id = ids.find((i) => i === 'versions/using.ts');
    if (!id) return;
    expect(runtimeBadges(id)).toEqual([
      { line: '22', pass: false, reason: 'needs native `using`, 24.0+' },
      { line: '24', pass: true },
      { line: '26', pass: true },
    ]);
  });

  it('refuses an example the matrix does not know, naming it and the command to run', () => {
    expect(() => runtimeBadges('nowhere/missing.ts')).toThrow(MatrixError);
    expect(() => runtimeBadges('nowhere/missing.ts')).toThrow(/examples\/nowhere\/missing\.ts.*npm run matrix -- nowhere\/missing\.ts/);
  });
});
