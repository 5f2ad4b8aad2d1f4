// What an example needs of Node, as its `// Requires:` header says, and how that is checked
// against the first release of each line it passes on (found by bisection, src/versions/releases.ts).
//
//   // Requires: Node 24+ (native `using`)                 from 24.0.0; no 22.x
//   // Requires: Node 24.5+ (`navigator.locks`)            from 24.5.0; no 22.x
//   // Requires: Node 24.2+, 22.18+ (`import.meta.main`)   from 24.2.0 and 22.18.0
//
// A line the header names starts at the version it gives. A line above every named one starts at
// its first release (X.0.0). A line below or between the named ones has no release that passes.
// Without a header, every line passes from its first release.
import semver from 'semver';

export interface Requirement {
  /** The first release per named line: `{ "24": "24.2.0", "22": "22.18.0" }`. */
  minimums: Record<string, string>;
  /** What needs it, as written in the parentheses. */
  feature: string;
  /** The header as written after `Requires:`, for messages. */
  text: string;
}

export class RequirementError extends Error {
  override name = 'RequirementError';
}

const REQUIRES = /^\s*\/\/\s*Requires:(.*)$/;
const DECLARATION = /^\s*Node\s+(\d+(?:\.\d+){0,2}\+(?:\s*,\s*\d+(?:\.\d+){0,2}\+)*)\s+\((.+)\)\s*$/;

/** Every `// Requires: Node X+[, Y+] (feature)` line of a source file; a malformed one throws. */
export function parseRequirements(source: string, file = 'source'): Requirement[] {
  const found: Requirement[] = [];
  source.split('\n').forEach((line, index) => {
    const header = REQUIRES.exec(line);
    if (!header) return;
    const match = DECLARATION.exec(header[1] ?? '');
    if (!match?.[1] || !match[2]) {
      throw new RequirementError(`${file}:${index + 1}: expected \`// Requires: Node 24+ (what needs it)\` or \`Node 24.5+, 22.18+ (…)\`, found \`${line.trim()}\``);
    }
    const minimums: Record<string, string> = {};
    for (const part of match[1].split(',')) {
      const version = semver.coerce(part.trim().replace(/\+$/, ''))?.version ?? '';
      const nodeLine = String(semver.major(version));
      if (minimums[nodeLine]) throw new RequirementError(`${file}:${index + 1}: Node ${nodeLine} is named twice in \`${line.trim()}\``);
      minimums[nodeLine] = version;
    }
    found.push({ minimums, feature: match[2].trim(), text: `Node ${match[1].replace(/\s*,\s*/g, ', ')}` });
  });
  return found;
}

/** The first release of `line` that should pass by one requirement: a version, or null for none. */
function minimumBy(requirement: Requirement, line: string): string | null {
  const named = requirement.minimums[line];
  if (named) return named;
  const highest = Math.max(...Object.keys(requirement.minimums).map(Number));
  return Number(line) > highest ? `${line}.0.0` : null;
}

/**
 * The first release of `line` that should pass by every requirement together (the latest of them,
 * or null for none), no earlier than `floor`, the first release of the line that is tried at all.
 */
export function expectedMinimum(requirements: Requirement[], line: string, floor = `${line}.0.0`): string | null {
  let latest = floor;
  for (const requirement of requirements) {
    const minimum = minimumBy(requirement, line);
    if (minimum === null) return null;
    if (semver.gt(minimum, latest)) latest = minimum;
  }
  return latest;
}

/** The requirement that decides `line`: the one that rules it out, or asks for the latest release. */
export function bindingRequirement(requirements: Requirement[], line: string): Requirement | undefined {
  const expected = expectedMinimum(requirements, line);
  return requirements.find((r) => minimumBy(r, line) === expected && expected !== `${line}.0.0`);
}

/** Whether a release should pass by the requirements. */
export function satisfies(version: string, requirements: Requirement[]): boolean {
  const expected = expectedMinimum(requirements, String(semver.major(version)));
  return expected !== null && semver.gte(version, expected);
}

/** The reason shown for an expected failure: "needs native `using`, 24.0+". */
export function reasonFor(requirement: Requirement, line: string): string {
  const minimum = requirement.minimums[line];
  return minimum ? `needs ${requirement.feature}, ${semver.major(minimum)}.${semver.minor(minimum)}+` : `needs ${requirement.feature}, ${requirement.text.replace(/^Node /, '')}`;
}

/**
 * The header that says what the bisection found (first passing release per line, oldest line
 * first; null where none passes), or undefined when every line passes from its first release.
 * Throws when no header can say it (a line with no passing release above one that has).
 */
export function headerFor(minimums: [line: string, minimum: string | null][], feature = 'what needs it'): string | undefined {
  const firstPassing = minimums.findIndex(([, m]) => m !== null);
  if (firstPassing < 0) throw new RequirementError('no release of any line passes');
  const gap = minimums.slice(firstPassing).find(([, m]) => m === null);
  if (gap) throw new RequirementError(`Node ${gap[0]} has no passing release, but an older line has: no \`// Requires:\` header can say that`);
  const named = minimums.slice(firstPassing) as [string, string][];
  // The newest lines that pass from their first release follow from the older ones: leave them out.
  while (named.length > 1 && named.at(-1)?.[1] === `${named.at(-1)?.[0]}.0.0`) named.pop();
  const [only] = named;
  if (firstPassing === 0 && named.length === 1 && only && only[1] === `${only[0]}.0.0`) return undefined;
  const short = (v: string) => (semver.patch(v) !== 0 ? v : semver.minor(v) !== 0 ? `${semver.major(v)}.${semver.minor(v)}` : String(semver.major(v)));
  return `// Requires: Node ${named
    .toReversed()
    .map(([, m]) => `${short(m)}+`)
    .join(', ')} (${feature})`;
}
