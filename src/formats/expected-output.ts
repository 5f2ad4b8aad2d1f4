// Expected-output files: what an example must print, line by line. A measured number is written
// as a placeholder, `{{name}}`, or with a claim the number must satisfy, `{{name >= 5}}`; the
// matched value becomes a named measurement that pages can quote.

import { diffArrays } from 'diff';

export type Comparison = '>=' | '<=' | '>' | '<' | '==';

export interface Claim {
  name: string;
  op?: Comparison;
  bound?: number;
}

interface SpecLine {
  text: string;
  pattern: RegExp;
  claims: Claim[];
}

// A name may have dotted parts, `{{sequential.item-0.start}}`: see src/pictures/timeline.ts.
const PLACEHOLDER = /\{\{\s*([A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*)\s*(?:(>=|<=|==|>|<)\s*(-?\d+(?:\.\d+)?))?\s*\}\}/g;
const NUMBER = '(-?\\d+(?:\\.\\d+)?)';

function toLines(text: string): string[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function compileLine(text: string): SpecLine {
  const claims: Claim[] = [];
  let source = '';
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const [whole, name = '', op, bound] = match;
    source += RegExp.escape(text.slice(last, match.index)) + NUMBER;
    last = match.index + whole.length;
    claims.push(op ? { name, op: op as Comparison, bound: Number(bound) } : { name });
  }
  source += RegExp.escape(text.slice(last));
  return { text, pattern: new RegExp(`^${source}$`), claims };
}

/** Every claim an expected-output text makes, in order. */
export function claimsOf(expected: string): Claim[] {
  return toLines(expected).flatMap((line) => compileLine(line).claims);
}

/** Why a value breaks a claim, or undefined when it holds. */
export function checkClaim(claim: Claim, value: number | undefined): string | undefined {
  if (value === undefined || Number.isNaN(value)) return `measurement "${claim.name}" is missing`;
  if (claim.op === undefined || claim.bound === undefined) return undefined;
  const bound = claim.bound;
  const holds = {
    '>=': value >= bound,
    '<=': value <= bound,
    '>': value > bound,
    '<': value < bound,
    '==': value === bound,
  }[claim.op];
  return holds ? undefined : `claim "${claim.name} ${claim.op} ${bound}" does not hold: measured ${value}`;
}

/** A human-readable statement of a claim, e.g. "≥ 5". */
export function describeClaim(claim: Claim): string {
  if (claim.op === undefined) return '';
  const symbol = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '==': '=' }[claim.op];
  return `${symbol} ${claim.bound}`;
}

export interface OutputMatch {
  ok: boolean;
  measurements: Record<string, number>;
  /** One line per problem, with the 1-based line of the expected file. */
  problems: string[];
}

/** Compares what an example printed with its expected-output text. */
export function matchOutput(expected: string, actual: string): OutputMatch {
  const specLines = toLines(expected).map(compileLine);
  const actualLines = toLines(actual);
  const measurements: Record<string, number> = {};
  const problems: string[] = [];

  const count = Math.max(specLines.length, actualLines.length);
  for (let i = 0; i < count; i++) {
    const spec = specLines[i];
    const line = actualLines[i];
    if (spec === undefined) {
      problems.push(`line ${i + 1}: unexpected output ${JSON.stringify(line)}`);
      continue;
    }
    if (line === undefined) {
      problems.push(`line ${i + 1}: expected ${JSON.stringify(spec.text)}, but the output ended`);
      continue;
    }
    const match = spec.pattern.exec(line);
    if (!match) {
      problems.push(`line ${i + 1}: expected ${JSON.stringify(spec.text)}, got ${JSON.stringify(line)}`);
      continue;
    }
    spec.claims.forEach((claim, k) => {
      const value = Number(match[k + 1]);
      measurements[claim.name] = value;
      const broken = checkClaim(claim, value);
      if (broken) problems.push(`line ${i + 1}: ${broken}`);
    });
  }
  return { ok: problems.length === 0, measurements, problems };
}

/** One step of an expected-output text aligned with an output: a line of each that match, or one of either alone. */
type Aligned = { spec: SpecLine; line: string } | { spec: SpecLine; line?: undefined } | { spec?: undefined; line: string };

/** The expected lines and the printed ones, aligned by a line diff under `matches`. */
function align(expected: string, actual: string, matches: (spec: SpecLine, line: string) => boolean): Aligned[] {
  const specLines = toLines(expected).map(compileLine);
  const actualLines = toLines(actual);
  const parts = diffArrays<SpecLine | string>(specLines, actualLines, {
    comparator: (left, right) => {
      const spec = typeof left === 'string' ? right : left;
      const line = typeof left === 'string' ? left : right;
      return typeof spec !== 'string' && typeof line === 'string' && matches(spec, line);
    },
  });
  // Walk the diff by position: the parts hold whichever side the comparator saw first.
  const out: Aligned[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  for (const part of parts) {
    const count = part.count ?? part.value.length;
    for (let k = 0; k < count; k++) {
      if (part.removed) out.push({ spec: specLines[oldIndex++] as SpecLine });
      else if (part.added) out.push({ line: actualLines[newIndex++] as string });
      else out.push({ spec: specLines[oldIndex++] as SpecLine, line: actualLines[newIndex++] as string });
    }
  }
  return out;
}

/**
 * What an output printed against its expected-output text, as a line diff: `  ` a line that
 * matches (placeholders and claims applied, the printed text shown), `- ` an expected line it
 * lacks, `+ ` a line it printed instead. A claim that fails on a matching line counts as a change.
 */
export function outputDiff(expected: string, actual: string): string[] {
  const holds = (spec: SpecLine, line: string): boolean => {
    const match = spec.pattern.exec(line);
    return match !== null && spec.claims.every((claim, k) => checkClaim(claim, Number(match[k + 1])) === undefined);
  };
  return align(expected, actual, holds).map(({ spec, line }) => (line === undefined ? `- ${spec.text}` : spec === undefined ? `+ ${line}` : `  ${line}`));
}

/**
 * A new expected-output text for a changed output: lines that still match their old pattern
 * keep it (and its placeholders and claims); every other line is taken literally from the output.
 */
export function updateExpected(expected: string, actual: string): string {
  const out = align(expected, actual, (spec, line) => spec.pattern.test(line)).flatMap(({ spec, line }) => (line === undefined ? [] : [spec?.text ?? line]));
  return out.length > 0 ? out.join('\n') + '\n' : '';
}
