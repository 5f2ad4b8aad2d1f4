// The runtime matrix, as pure logic: which Node line an example needs (its `// Requires:` header),
// how a run on one line is judged against that declaration, and the rows the site shows.
//
// An example that needs a newer Node than some line of the matrix says so in a comment:
//   // Requires: Node 24+ (native `using`)
//   // Requires: Node 24.5+ (`navigator.locks`)
// A failure on a line below the declared version is expected, and the matrix gives its reason
// ("needs native `using`, 24.0+"). A failure without such a declaration, or a pass despite one,
// is a matrix error: the declarations are checked against real runs, so they cannot lie.

import semver from 'semver';

export interface Requirement {
  /** The minimum version, normalised to at least major.minor: `24.0`, `24.5`, `22.18`. */
  version: string;
  /** What needs it, as written in the parentheses. */
  feature: string;
}

/** The result of an example on one Node release, with the runtime's notices on stderr, if any. */
export type ReleaseResult = ({ pass: true } | { pass: false; reason: string; detail?: string }) & { warnings?: string[] };

export class RequirementError extends Error {
  override name = 'RequirementError';
}

const REQUIRES = /^\s*\/\/\s*Requires:(.*)$/;
const DECLARATION = /^\s*Node\s+(\d+(?:\.\d+){0,2})\+\s+\((.+)\)\s*$/;

/** Every `// Requires: Node X+ (feature)` line of a source file; a malformed one throws. */
export function parseRequirements(source: string, file = 'source'): Requirement[] {
  const found: Requirement[] = [];
  source.split('\n').forEach((line, index) => {
    const header = REQUIRES.exec(line);
    if (!header) return;
    const match = DECLARATION.exec(header[1] ?? '');
    if (!match?.[1] || !match[2]) {
      throw new RequirementError(`${file}:${index + 1}: expected \`// Requires: Node 24+ (what needs it)\` or \`Node 24.5+ (…)\`, found \`${line.trim()}\``);
    }
    const parts = match[1].split('.');
    found.push({ version: parts.length === 1 ? `${parts[0]}.0` : match[1], feature: match[2].trim() });
  });
  return found;
}

/** Compares versions numerically, `22.18` < `22.23.3` < `24.0` (partial versions are padded with zeros). */
export function compareVersions(a: string, b: string): number {
  const version = (v: string) => {
    const parsed = semver.coerce(v);
    if (!parsed) throw new Error(`not a version: "${v}"`);
    return parsed;
  };
  return semver.compare(version(a), version(b));
}

/** The declaration that asks for the newest Node, or undefined when there is none. */
export function strictest(requirements: Requirement[]): Requirement | undefined {
  return requirements.reduce<Requirement | undefined>((best, r) => (!best || compareVersions(r.version, best.version) > 0 ? r : best), undefined);
}

export function satisfies(nodeVersion: string, requirement: Requirement | undefined): boolean {
  return !requirement || compareVersions(nodeVersion, requirement.version) >= 0;
}

/** The human reason shown for an expected failure: "needs native `using`, 24.0+". */
export function reasonFor(requirement: Requirement): string {
  return `needs ${requirement.feature}, ${requirement.version}+`;
}

/** The line of a failed run that says what went wrong: the thrown error if there is one. */
export function failureDetail(problems: string[], stderr: string): string | undefined {
  const thrown = stderr
    .split('\n')
    .map((l) => l.trim())
    .find((l) => /^[A-Z]\w*(Error|Exception)\b.*:/.test(l));
  return thrown ?? problems[0];
}

export interface Judgement {
  result?: ReleaseResult;
  /** Set when the run contradicts the declarations: a matrix error. */
  error?: string;
}

/**
 * Judges one run of an example on one Node version against the example's declarations.
 * `problems` are verify's findings (empty when the run passed).
 */
export function judge(id: string, nodeVersion: string, requirement: Requirement | undefined, problems: string[], stderr = ''): Judgement {
  const expectedToFail = !satisfies(nodeVersion, requirement);
  if (problems.length === 0) {
    if (expectedToFail && requirement) {
      return {
        error: `examples/${id} declares \`Requires: Node ${requirement.version}+ (${requirement.feature})\` but passes on Node ${nodeVersion}: lower or remove the declaration`,
      };
    }
    return { result: { pass: true } };
  }
  if (expectedToFail && requirement) {
    const detail = failureDetail(problems, stderr);
    return { result: { pass: false, reason: reasonFor(requirement), ...(detail ? { detail } : {}) } };
  }
  const because = requirement ? `its declaration \`Requires: Node ${requirement.version}+\` says this line should pass` : 'it declares no `// Requires: Node X+ (…)` that explains it';
  const shown = problems.slice(0, 6).map((p) => `  ${p}`);
  if (problems.length > shown.length) shown.push(`  … and ${problems.length - shown.length} more`);
  return { error: `examples/${id} fails on Node ${nodeVersion}, and ${because}:\n${shown.join('\n')}` };
}

/** Release lines in numeric order. */
export function sortedLines(nodes: Record<string, string>): string[] {
  return Object.keys(nodes).sort((a, b) => Number(a) - Number(b));
}

export interface Badge {
  line: string;
  pass: boolean;
  reason?: string;
}

/** One badge per release line of `nodes` (`{ "22": "22.23.3" }`), from the results keyed by exact version. */
export function badgesOf(results: Record<string, ReleaseResult>, nodes: Record<string, string>): Badge[] {
  return sortedLines(nodes).map((line) => {
    const result = results[nodes[line] ?? ''];
    if (!result) return { line, pass: false, reason: 'not run' };
    return result.pass ? { line, pass: true } : { line, pass: false, reason: result.reason };
  });
}

export interface FeatureRow {
  id: string;
  /** From the probe's `// Feature:` header (Markdown code spans allowed). */
  feature: string;
  /** From its `// Source:` header. */
  source: string | undefined;
  requirement: Requirement | undefined;
  badges: Badge[];
}

/** A `// Key: value` header line of a source file. */
export function headerField(source: string, key: string): string | undefined {
  const match = new RegExp(`^\\s*//\\s*${key}:\\s*(.+)$`, 'm').exec(source);
  return match?.[1]?.trim();
}

export function featureRow(id: string, source: string, results: Record<string, ReleaseResult>, nodes: Record<string, string>): FeatureRow {
  return {
    id,
    feature: headerField(source, 'Feature') ?? id,
    source: headerField(source, 'Source'),
    requirement: strictest(parseRequirements(source, `examples/${id}`)),
    badges: badgesOf(results, nodes),
  };
}

/** Splits text with Markdown code spans into plain and code parts, for rendering without HTML injection. */
export function codeSpans(text: string): { code: boolean; text: string }[] {
  return text
    .split(/(`[^`]+`)/)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? { code: true, text: part.slice(1, -1) } : { code: false, text: part }));
}
