import { describe, expect, it } from 'vitest';
import { badgeRow, badgesOf, codeSpans, compareVersions, failureDetail } from '../../src/versions/matrix.ts';

describe('compareVersions', () => {
  it('compares numerically, not as strings, padding partial versions', () => {
    expect(compareVersions('22.23.3', '22.18')).toBeGreaterThan(0);
    expect(compareVersions('24.0', '22.23.3')).toBeGreaterThan(0);
    expect(compareVersions('24.5', '24.5.0')).toBe(0);
  });
});

describe('failureDetail', () => {
  it('takes the thrown error from stderr, else the first problem', () => {
    const stderr = "file:///x.ts:3\n  using f = r();\n        ^\n\nSyntaxError: Unexpected identifier 'f'\n";
    expect(failureDetail(['exit code 1, expected 0'], stderr)).toBe("SyntaxError: Unexpected identifier 'f'");
    expect(failureDetail(['exit code 71, expected 0'], 'leak-check: did not exit; still active: Timeout\n')).toBe('exit code 71, expected 0');
  });
});

describe('badges', () => {
  const nodes = { '24': '24.21.0', '22': '22.23.3', '26': '26.10.0' };

  it('gives one badge per line in line order: a pass, a pass from a later release, a failure with its reason', () => {
    const results = { '22.23.3': { pass: false as const, reason: 'needs x, 24.5+' }, '24.21.0': { pass: true as const }, '26.10.0': { pass: true as const } };
    expect(badgesOf({ '22': null, '24': '24.5.0', '26': '26.0.0' }, results, nodes)).toEqual([
      { line: '22', pass: false, reason: 'needs x, 24.5+' },
      { line: '24', pass: true, since: '24.5.0' },
      { line: '26', pass: true },
    ]);
  });

  it("carries the notices the line's newest release printed, and only those", () => {
    const warning = 'ExperimentalWarning: SQLite is an experimental feature and might change at any time';
    const results = { '22.18.0': { pass: true as const, warnings: ['old'] }, '22.23.3': { pass: true as const, warnings: [warning] }, '24.21.0': { pass: true as const } };
    expect(badgesOf({ '22': '22.18.0', '24': '24.0.0' }, results, { '22': '22.23.3', '24': '24.21.0' }, { '22': '22.18.0' })).toEqual([
      { line: '22', pass: true, notices: [warning] },
      { line: '24', pass: true },
    ]);
  });

  it('says "not run" for a line the record has no minimum for', () => {
    expect(badgesOf({ '24': '24.0.0' }, {}, { '24': '24.21.0', '26': '26.10.0' })[1]).toEqual({ line: '26', pass: false, reason: 'not run' });
  });

  it('splits Markdown code spans for rendering', () => {
    expect(codeSpans('needs native `using`, 24.0+')).toEqual([
      { code: false, text: 'needs native ' },
      { code: true, text: 'using' },
      { code: false, text: ', 24.0+' },
    ]);
  });
});

describe('badgeRow', () => {
  it('says each line once: a reason drops the first passing release another badge names', () => {
    const row = badgeRow([
      { line: '22', pass: false, reason: 'needs `navigator.locks`, 24.5+' },
      { line: '24', pass: true, since: '24.5.0' },
      { line: '26', pass: true },
    ]);
    expect(row.map((b) => [b.label, b.reason])).toEqual([
      ['Node 22', 'needs `navigator.locks`'],
      ['Node 24.5+', undefined],
      ['Node 26', undefined],
    ]);
  });

  it('takes "24+" as where a plain pass of line 24 starts', () => {
    const row = badgeRow([
      { line: '22', pass: false, reason: 'needs native `using`, 24+' },
      { line: '24', pass: true },
    ]);
    expect(row[0]?.reason).toBe('needs native `using`');
  });

  it('keeps a release no badge names (23+, or 24+ when 24 passes only from 24.2)', () => {
    expect(badgeRow([{ line: '22', pass: false, reason: 'needs the spec report, 23+' }, { line: '24', pass: true }])[0]?.reason).toBe('needs the spec report, 23+');
    expect(badgeRow([{ line: '22', pass: false, reason: 'needs native `using`, 24+' }, { line: '24', pass: true, since: '24.2.0' }])[0]?.reason).toBe('needs native `using`, 24+');
  });

  it('labels a CPython badge by its runtime, and leaves a reason without a release as it is', () => {
    expect(badgeRow([{ runtime: 'CPython', line: '3.11.2', pass: true }])[0]?.label).toBe('CPython 3.11.2');
    expect(badgeRow([{ line: '22', pass: false, reason: 'not run' }, { line: '24', pass: true }])[0]?.reason).toBe('not run');
  });
});
