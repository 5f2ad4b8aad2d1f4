// The runtime matrix, as pure logic: which Node line an example needs (its `// Requires:` header),
// how a run on one line is judged against that declaration, and the rows the site shows.
//
// An example that needs a newer Node than some line of the matrix says so in a comment:
//   // Requires: Node 24+ (native `using`)
//   // Requires: Node 24.5+ (`navigator.locks`)
// A failure on a line below the declared version is expected, and the matrix gives its reason
// ("needs native `using`, 24.0+"). A failure without such a declaration, or a pass despite one,
// is a matrix error: the declarations are checked against real runs, so they cannot lie.

export interface Requirement {
  /** The minimum version, normalised to at least major.minor: `24.0`, `24.5`, `22.18`. */
  version: string;
  /** What needs it, as written in the parentheses. */
  feature: string;
}

export type LineResult = { pass: true } | { pass: false; reason: string; detail?: string };

export interface MatrixEntry {
  /** sourceHash() of the example when it was run. */
  sourceHash: string;
  /** The day of the run, YYYY-MM-DD. */
  date: string;
  /** Result per release line (`"22"`, `"24"`, `"26"`). */
  lines: Record<string, LineResult>;
}

export interface Matrix {
  /** The exact Node version run for each release line, e.g. `{ "22": "22.23.3" }`. */
  nodes: Record<string, string>;
  platform: string;
  cpus: number;
  /** The day of the last run that updated this file. */
  date: string;
  examples: Record<string, MatrixEntry>;
}

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

/** Compares dotted versions numerically: `22.18` < `22.23.3` < `24.0`. */
export function compareVersions(a: string, b: string): number {
  const pa = a.replace(/^v/, '').split('.').map(Number);
  const pb = b.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
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
  result?: LineResult;
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

export function badgesOf(entry: MatrixEntry, nodes: Record<string, string>): Badge[] {
  return sortedLines(nodes).map((line) => {
    const result = entry.lines[line];
    if (!result) return { line, pass: false, reason: 'not run' };
    return result.pass ? { line, pass: true } : { line, pass: false, reason: result.reason };
  });
}

/** Problems of a matrix file as a whole: missing or stale entries, failures without a reason. */
export function matrixProblems(matrix: Matrix, ids: string[], hashOf: (id: string) => string): string[] {
  const problems: string[] = [];
  const lines = sortedLines(matrix.nodes);
  for (const id of ids) {
    const entry = matrix.examples[id];
    if (!entry) {
      problems.push(`examples/${id} is not in records/matrix.json: run \`npm run matrix -- ${id}\``);
      continue;
    }
    if (entry.sourceHash !== hashOf(id)) problems.push(`the matrix entry of examples/${id} is older than its source: run \`npm run matrix -- ${id}\``);
    for (const line of lines) {
      const result = entry.lines[line];
      if (!result) problems.push(`examples/${id} has no result for Node ${line} in records/matrix.json: run \`npm run matrix -- ${id}\``);
      else if (!result.pass && result.reason.trim() === '') problems.push(`examples/${id} fails on Node ${line} without a reason`);
    }
  }
  for (const id of Object.keys(matrix.examples)) {
    if (!ids.includes(id)) problems.push(`records/matrix.json lists examples/${id}, which no longer exists: run \`npm run matrix\``);
  }
  return problems;
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

export function featureRow(id: string, source: string, entry: MatrixEntry, nodes: Record<string, string>): FeatureRow {
  return {
    id,
    feature: headerField(source, 'Feature') ?? id,
    source: headerField(source, 'Source'),
    requirement: strictest(parseRequirements(source, `examples/${id}`)),
    badges: badgesOf(entry, nodes),
  };
}

/** Examples grouped by their folder (the page they belong to), in id order. */
export function groupByFolder(ids: string[]): { folder: string; ids: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const id of [...ids].sort()) {
    const folder = id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : '.';
    groups.set(folder, [...(groups.get(folder) ?? []), id]);
  }
  return [...groups].map(([folder, members]) => ({ folder, ids: members }));
}

/** Splits text with Markdown code spans into plain and code parts, for rendering without HTML injection. */
export function codeSpans(text: string): { code: boolean; text: string }[] {
  return text
    .split(/(`[^`]+`)/)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? { code: true, text: part.slice(1, -1) } : { code: false, text: part }));
}
