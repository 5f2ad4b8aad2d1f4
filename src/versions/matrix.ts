// The runtime matrix, as pure logic: how the runs on each Node release become the badges and the
// rows the site shows. What an example needs is in ./requirements.ts.

import semver from 'semver';

/** The result of an example on one Node release, with the runtime's notices on stderr, if any. */
export type ReleaseResult = ({ pass: true } | { pass: false; reason: string; detail?: string }) & { warnings?: string[] };

/** Compares versions numerically, `22.18` < `22.23.3` < `24.0` (partial versions are padded with zeros). */
export function compareVersions(a: string, b: string): number {
  const version = (v: string) => {
    const parsed = semver.coerce(v);
    if (!parsed) throw new Error(`not a version: "${v}"`);
    return parsed;
  };
  return semver.compare(version(a), version(b));
}

/** The line of a failed run that says what went wrong: the thrown error if there is one. */
export function failureDetail(problems: string[], stderr: string): string | undefined {
  const thrown = stderr
    .split('\n')
    .map((l) => l.trim())
    .find((l) => /^[A-Z]\w*(Error|Exception)\b.*:/.test(l));
  return thrown ?? problems[0];
}

/** Release lines in numeric order. */
export function sortedLines(nodes: Record<string, string>): string[] {
  return Object.keys(nodes).sort((a, b) => Number(a) - Number(b));
}

export interface Badge {
  /**
   * What the line is a line of: Node (the default); for a Python sample `CPython`, and for a
   * TypeScript program's run on another runtime `Deno` or `Bun`, each with its version as `line`.
   */
  runtime?: 'CPython' | 'Deno' | 'Bun';
  line: string;
  pass: boolean;
  /** When the line's first releases fail: the first that passes, `24.5.0`. */
  since?: string;
  reason?: string;
  /** What the line's newest release tried printed on stderr besides the result (an ExperimentalWarning). */
  notices?: string[];
  /** Where the whole result stands (the error, or the diff against the `.out`), for Deno and Bun. */
  more?: string;
  /** Deno or Bun ran it to the end but it printed other output (marked ≠, not ✗). */
  differs?: boolean;
  /** Deno or Bun: its runs gave different results (marked ±, with how many gave each). */
  varies?: boolean;
}

/**
 * One badge per release line of `nodes` (`{ "22": "22.23.3" }`): from the first release that
 * passes (`minimums`, null where none does) and the results keyed by exact version.
 */
export function badgesOf(
  minimums: Record<string, string | null>,
  results: Record<string, ReleaseResult>,
  nodes: Record<string, string>,
  floors: Record<string, string> = {},
): Badge[] {
  return sortedLines(nodes).map((line): Badge => {
    const minimum = minimums[line];
    if (minimum === undefined) return { line, pass: false, reason: 'not run' };
    const newest = results[nodes[line] ?? ''];
    const notices = newest?.warnings?.length ? { notices: newest.warnings } : {};
    if (minimum === null) return { line, pass: false, reason: newest && !newest.pass ? newest.reason : 'fails', ...notices };
    // From the first release tried on the line (its floor), it is a plain pass.
    return minimum === (floors[line] ?? `${line}.0.0`) ? { line, pass: true, ...notices } : { line, pass: true, since: minimum, ...notices };
  });
}

/** `24.5.0` → `24.5+`, `22.18.1` → `22.18.1+`: a badge's first passing release. */
export function sinceLabel(version: string): string {
  const [major, minor, patch] = version.split('.');
  return `${patch === '0' ? `${major}.${minor}` : version}+`;
}

/** A badge as a sample's row shows it: "Node 24.5+ ✓", "Node 22 ✗ needs `navigator.locks`". */
export interface BadgeInRow {
  badge: Badge;
  /** "Node 24.5+", "Node 22", "CPython 3.11.2": the mark (✓ or ✗) follows it. */
  label: string;
  /** Why it fails, without the first passing release when another badge of the row names it. */
  reason: string | undefined;
}

/**
 * The badges of one sample, each line said once: a failing line's reason ends with where the
 * feature arrived ("needs x, 24.5+", from the `// Requires:` header), which the row already says
 * when that is where another badge starts passing ("Node 24.5+ ✓", or "Node 24 ✓" for 24+).
 */
export function badgeRow(badges: readonly Badge[]): BadgeInRow[] {
  const starts = badges.filter((b) => b.pass && !b.runtime).map((b) => semver.coerce(b.since ?? b.line)?.version);
  return badges.map((badge) => {
    const arrival = badge.reason === undefined ? null : /, (\d+(?:\.\d+){0,2})\+$/.exec(badge.reason);
    const named = arrival?.[1] !== undefined && starts.includes(semver.coerce(arrival[1])?.version);
    return {
      badge,
      label: `${badge.runtime ?? 'Node'} ${badge.since ? sinceLabel(badge.since) : badge.line}`,
      reason: named && arrival ? badge.reason?.slice(0, arrival.index) : badge.reason,
    };
  });
}

export interface FeatureRow {
  id: string;
  /** From the probe's `// Feature:` header (Markdown code spans allowed). */
  feature: string;
  /** From its `// Source:` header. */
  source: string | undefined;
  /** From its `// Fallback:` header: what to use on a line that lacks the feature. */
  fallback: string | undefined;
  badges: Badge[];
}

/** A `// Key: value` header line of a source file. */
export function headerField(source: string, key: string): string | undefined {
  const match = new RegExp(`^\\s*//\\s*${key}:\\s*(.+)$`, 'm').exec(source);
  return match?.[1]?.trim();
}

export function featureRow(id: string, source: string, badges: Badge[]): FeatureRow {
  return { id, feature: headerField(source, 'Feature') ?? id, source: headerField(source, 'Source'), fallback: headerField(source, 'Fallback'), badges };
}

/** Splits text with Markdown code spans into plain and code parts, for rendering without HTML injection. */
export function codeSpans(text: string): { code: boolean; text: string }[] {
  return text
    .split(/(`[^`]+`)/)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? { code: true, text: part.slice(1, -1) } : { code: false, text: part }));
}
