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

/**
 * What an output printed against its expected-output text, as a line diff: `  ` a line that
 * matches (placeholders and claims applied, the printed text shown), `- ` an expected line it
 * lacks, `+ ` a line it printed instead. A claim that fails on a matching line counts as a change.
 */
export function outputDiff(expected: string, actual: string): string[] {
  const specLines = toLines(expected).map(compileLine);
  const actualLines = toLines(actual);
  const parts = diffArrays<SpecLine | string>(specLines, actualLines, {
    comparator: (left, right) => {
      const spec = typeof left === 'string' ? right : left;
      const line = typeof left === 'string' ? left : right;
      if (typeof spec === 'string' || typeof line !== 'string') return false;
      const match = spec.pattern.exec(line);
      return match !== null && spec.claims.every((claim, k) => checkClaim(claim, Number(match[k + 1])) === undefined);
    },
  });
  const out: string[] = [];
  let newIndex = 0;
  let oldIndex = 0;
  for (const part of parts) {
    const count = part.count ?? part.value.length;
    if (part.removed) out.push(...specLines.slice(oldIndex, (oldIndex += count)).map((spec) => `- ${spec.text}`));
    else if (part.added) out.push(...actualLines.slice(newIndex, (newIndex += count)).map((line) => `+ ${line}`));
    else {
      out.push(...actualLines.slice(newIndex, newIndex + count).map((line) => `  ${line}`));
      oldIndex += count;
      newIndex += count;
    }
  }
  return out;
}

/**
 * A new expected-output text for a changed output: lines that still match their old pattern
 * keep it (and its placeholders and claims); every other line is taken literally from the output.
 */
export function updateExpected(expected: string, actual: string): string {
  const specLines = toLines(expected).map(compileLine);
  const actualLines = toLines(actual);
  const parts = diffArrays<SpecLine | string>(specLines, actualLines, {
    comparator: (left, right) => {
      const spec = typeof left === 'string' ? right : left;
      const line = typeof left === 'string' ? left : right;
      return typeof spec !== 'string' && typeof line === 'string' && spec.pattern.test(line);
    },
  });
  // Walk the diff by position, so unchanged lines come from the old text with their placeholders.
  const out: string[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  for (const part of parts) {
    const count = part.count ?? part.value.length;
    if (part.removed) {
      oldIndex += count;
    } else if (part.added) {
      out.push(...actualLines.slice(newIndex, newIndex + count));
      newIndex += count;
    } else {
      out.push(...specLines.slice(oldIndex, oldIndex + count).map((spec) => spec.text));
      oldIndex += count;
      newIndex += count;
    }
  }
  return out.length > 0 ? out.join('\n') + '\n' : '';
}
