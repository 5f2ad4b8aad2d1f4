// The one Python the samples run on (src/versions/python.ts): Debian's unless AWAITED_PYTHON says
// otherwise, and a missing interpreter refused with what to install.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PYTHON, pythonBinary, pythonVersion } from '../../src/versions/python.ts';

describe('the Python interpreter', () => {
  it("is Debian's /usr/bin/python3 unless AWAITED_PYTHON names another", () => {
    expect(DEFAULT_PYTHON).toBe('/usr/bin/python3');
    expect(pythonBinary({})).toBe('/usr/bin/python3');
    expect(pythonBinary({ AWAITED_PYTHON: '/opt/python/bin/python3' })).toBe('/opt/python/bin/python3');
  });

  it('gives its version as major.minor.patch', () => {
    expect(pythonVersion()).toMatch(/^3\.\d+\.\d+$/);
  });

  it('refuses an interpreter that cannot run, saying what to install', () => {
    expect(() => pythonVersion('/nonexistent/python3')).toThrow(
      "cannot run /nonexistent/python3 (spawnSync /nonexistent/python3 ENOENT): install Debian's python3 (`apt-get install python3`) or set AWAITED_PYTHON to a CPython 3.11",
    );
  });
});
