// The operations table (/reference/operations/): one row per async operation, in Python (asyncio),
// TypeScript on Node and C#. The rows live in examples/operations/operations.json beside the
// programs that prove them; this module checks that every row has its program and region, and
// that every program has its row, so a row cannot exist without a tested sample.

export interface ApiCell {
  /** API names, shown as code. */
  apis: string[];
  /** Plain-text remark shown after the names. */
  note?: string;
  /** Where the API is documented. */
  url: string;
  /** The version it appeared in, stated only where `url` (or the page it names) says so. */
  since?: string;
}

export interface OperationRow {
  /** Anchor of the operation's section on the page, e.g. `tcp` → `#tcp`. */
  id: string;
  operation: string;
  python: ApiCell;
  typescript: ApiCell;
  /** The example that proves the TypeScript cell, e.g. `operations/tcp.ts`. */
  example: string;
  /** The region of the example the page shows. */
  region: string;
  csharp: ApiCell;
  /** One line: what the example's verified output shows. */
  proves: string;
}

export interface OperationsData {
  rows: OperationRow[];
}

const ID = /^[a-z][a-z0-9-]*$/;

function isCell(value: unknown): value is ApiCell {
  if (typeof value !== 'object' || value === null) return false;
  const cell = value as Record<string, unknown>;
  return (
    Array.isArray(cell['apis']) &&
    cell['apis'].length > 0 &&
    cell['apis'].every((a) => typeof a === 'string' && a !== '') &&
    typeof cell['url'] === 'string' &&
    /^https:\/\//.test(cell['url']) &&
    (cell['note'] === undefined || typeof cell['note'] === 'string') &&
    (cell['since'] === undefined || typeof cell['since'] === 'string')
  );
}

/**
 * Everything wrong with the operations data, as messages naming the row.
 *
 * @param data - the parsed operations.json.
 * @param folder - the examples folder the rows belong to, e.g. `operations`.
 * @param examples - the example ids in that folder, e.g. `operations/tcp.ts`.
 * @param regionsOf - the region names of an example, or undefined if the file does not exist.
 */
export function operationProblems(
  data: unknown,
  folder: string,
  examples: string[],
  regionsOf: (example: string) => string[] | undefined,
): string[] {
  const rows = (data as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows)) return ['operations data has no "rows" array'];
  const problems: string[] = [];
  const ids = new Set<string>();
  const used = new Set<string>();
  rows.forEach((raw: unknown, index) => {
    const row = raw as Partial<Record<keyof OperationRow, unknown>>;
    const name = typeof row.id === 'string' ? `row "${row.id}"` : `row ${index + 1}`;
    if (typeof row.id !== 'string' || !ID.test(row.id)) problems.push(`${name}: id must be a lower-case anchor like "tcp"`);
    else if (ids.has(row.id)) problems.push(`${name}: duplicate id`);
    else ids.add(row.id);
    if (typeof row.operation !== 'string' || row.operation === '') problems.push(`${name}: missing operation`);
    if (typeof row.proves !== 'string' || row.proves === '') problems.push(`${name}: missing "proves"`);
    for (const lang of ['python', 'typescript', 'csharp'] as const) {
      if (!isCell(row[lang])) problems.push(`${name}: ${lang} needs non-empty "apis" and an https "url"`);
    }
    if (typeof row.example !== 'string' || !row.example.startsWith(`${folder}/`)) {
      problems.push(`${name}: example must be a file in examples/${folder}/`);
      return;
    }
    used.add(row.example);
    const regions = regionsOf(row.example);
    if (regions === undefined) problems.push(`${name}: examples/${row.example} does not exist`);
    else if (typeof row.region !== 'string' || !regions.includes(row.region)) {
      problems.push(`${name}: examples/${row.example} has no region "${String(row.region)}" (it has: ${regions.join(', ') || 'none'})`);
    }
  });
  for (const example of examples) {
    if (!used.has(example)) problems.push(`examples/${example} has no row in the operations table`);
  }
  return problems;
}

/** The rows, after {@link operationProblems} found nothing; throws with every problem otherwise. */
export function operationRows(
  data: unknown,
  folder: string,
  examples: string[],
  regionsOf: (example: string) => string[] | undefined,
): OperationRow[] {
  const problems = operationProblems(data, folder, examples, regionsOf);
  if (problems.length > 0) throw new Error(`operations table:\n  ${problems.join('\n  ')}`);
  return (data as OperationsData).rows;
}
