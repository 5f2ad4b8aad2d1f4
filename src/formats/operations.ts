// The operations table (/reference/operations/): one row per async operation, in Python (asyncio),
// TypeScript on Node and C#. The rows live in examples/operations/operations.json beside the
// programs that prove them. This module validates the file at the edge with a Zod schema (each
// refusal names the file, the row and the field), then checks that every row has its program and
// region, and its asyncio program with the same region or the reason it has none, and that every
// program has its row, so a row cannot exist without a tested sample.
import { z } from 'zod';

const ID = /^[a-z][a-z0-9-]*$/;

const apiCellSchema = z.strictObject({
  /** API names, shown as code. */
  apis: z.array(z.string().min(1, 'is empty: name the API')).min(1, 'lists no API: name at least one'),
  /** Plain-text remark shown after the names. */
  note: z.string().min(1, 'is empty: remove it or write the remark').optional(),
  /** Where the API is documented. */
  url: z.string().regex(/^https:\/\/\S+$/, 'is not an https address: link the API documentation'),
  /** The version it appeared in, stated only where `url` (or the page it names) says so. */
  since: z.string().min(1, 'is empty: remove it or name the version').optional(),
});

const operationRowSchema = z.strictObject({
  /** Anchor of the operation's section on the page, e.g. `tcp` → `#tcp`. */
  id: z.string().regex(ID, 'is not a lower-case anchor like "tcp"'),
  operation: z.string().min(1, 'is empty: name the operation'),
  python: apiCellSchema,
  typescript: apiCellSchema,
  /** The example that proves the TypeScript cell, e.g. `operations/tcp.ts`. */
  example: z.string().min(1, 'is empty: name the example that proves the row, e.g. operations/tcp.ts'),
  /** The region of the example the page shows. */
  region: z.string().min(1, 'is empty: name the region of the example the page shows'),
  /**
   * The asyncio program that does what `example` does, shown beside it under the same region name,
   * e.g. `operations/tcp.py`. It shares the TypeScript program's stem, and so its `.out`, when it
   * prints the same lines.
   */
  pythonExample: z.string().regex(/^[^\s]+\.py$/, 'is not a Python file: name the asyncio program, e.g. operations/tcp.py').optional(),
  /** Instead of `pythonExample`: why the row has no asyncio program (what asyncio lacks), shown in its place. */
  noPythonTwin: z.string().min(1, 'is empty: say why asyncio has no program for this row').optional(),
  csharp: apiCellSchema,
  /** One line: what the example's verified output shows. */
  proves: z.string().min(1, "is empty: say in one line what the example's verified output shows"),
});

/** The whole file: a `rows` array, and a `$comment` for whoever edits it. */
export const operationsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  rows: z.array(operationRowSchema),
});

export type ApiCell = z.infer<typeof apiCellSchema>;
export type OperationRow = z.infer<typeof operationRowSchema>;

/** The problems of the operations file, one per line, each naming the file (and the row and field). */
export class OperationsError extends Error {
  override name = 'OperationsError';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}

/** How a message names row `index` of `rows` (raw, so it works on rows the schema refused). */
function rowName(rows: unknown, index: number): string {
  const id = Array.isArray(rows) ? (rows[index] as { id?: unknown } | null)?.id : undefined;
  return typeof id === 'string' && id !== '' ? `row ${index + 1} ("${id}")` : `row ${index + 1}`;
}

/** The raw value at `path` in `data`, to tell a missing field from a wrong one. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/**
 * The rows of the operations file `file` (named from the project root, for messages), whose text is
 * `text`. Throws an {@link OperationsError} naming the file, the row and the field of every problem.
 */
export function parseOperationsFile(file: string, text: string): OperationRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // V8 says where: "… in JSON at position 34 (line 3 column 21)"; a message names it file:line:column.
    const message = error instanceof Error ? error.message : String(error);
    const at = / in JSON at position \d+ \(line (\d+) column (\d+)\)$/.exec(message);
    const where = at ? `${file}:${at[1]}:${at[2]}` : file;
    throw new OperationsError([`${where}: is not JSON (${at ? message.slice(0, at.index) : message.split('\n')[0]}): fix the syntax`]);
  }
  const parsed = operationsFileSchema.safeParse(data);
  if (parsed.success) return parsed.data.rows;
  const rows = valueAt(data, ['rows']);
  throw new OperationsError(
    parsed.error.issues.flatMap((issue) => {
      const [top, index] = issue.path;
      const fields = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
      return fields.map((path) => {
        const where = top === 'rows' && typeof index === 'number' ? `${rowName(rows, index)}, ` : '';
        const field = (top === 'rows' && typeof index === 'number' ? path.slice(2) : path).map(String).join('.');
        const problem =
          issue.code === 'unrecognized_keys'
            ? 'is not a field the table knows: remove it or correct its name'
            : valueAt(data, path) === undefined
              ? 'is missing'
              : issue.code === 'invalid_type'
                ? `is not ${issue.expected === 'array' ? 'an array' : `a ${issue.expected}`}`
                : issue.message;
        return `${file}: ${where}field "${field || '(the file)'}" ${problem}`;
      });
    }),
  );
}

/**
 * Everything wrong between valid rows and the examples, as messages naming the file and the row.
 *
 * @param file - the operations file, as messages name it.
 * @param rows - its rows, from {@link parseOperationsFile}.
 * @param folder - the examples folder the rows belong to, e.g. `operations`.
 * @param examples - the example ids in that folder, e.g. `operations/tcp.ts`.
 * @param regionsOf - the region names of an example, or undefined if the file does not exist.
 */
export function operationProblems(file: string, rows: OperationRow[], folder: string, examples: string[], regionsOf: (example: string) => string[] | undefined): string[] {
  const problems: string[] = [];
  const ids = new Map<string, number>();
  const used = new Set<string>();
  rows.forEach((row, index) => {
    const name = `${file}: ${rowName(rows, index)}`;
    const before = ids.get(row.id);
    if (before !== undefined) problems.push(`${name}, field "id" is also row ${before + 1}'s: give each operation its own anchor`);
    else ids.set(row.id, index);
    if (!row.example.startsWith(`${folder}/`)) {
      problems.push(`${name}, field "example" is not a file in examples/${folder}/`);
      return;
    }
    used.add(row.example);
    const regions = regionsOf(row.example);
    if (regions === undefined) problems.push(`${name}, field "example": examples/${row.example} does not exist`);
    else if (!regions.includes(row.region)) problems.push(`${name}, field "region": examples/${row.example} has no region "${row.region}" (it has: ${regions.join(', ') || 'none'})`);
    problems.push(...pythonTwinProblems(name, row, folder, regionsOf, used));
  });
  for (const example of examples) {
    if (!used.has(example)) problems.push(`${file}: examples/${example} has no row: add one, or move the example out of examples/${folder}/`);
  }
  return problems;
}

/** What is wrong with row `row`'s Python side (named `name` in messages); adds its program to `used`. */
function pythonTwinProblems(name: string, row: OperationRow, folder: string, regionsOf: (example: string) => string[] | undefined, used: Set<string>): string[] {
  const twin = row.pythonExample;
  if (twin === undefined && row.noPythonTwin === undefined) {
    return [`${name} has neither "pythonExample" nor "noPythonTwin": name the asyncio program that does the same (e.g. ${folder}/${row.id}.py), or say why asyncio has none`];
  }
  if (twin === undefined) return [];
  used.add(twin);
  if (row.noPythonTwin !== undefined) return [`${name} has both "pythonExample" and "noPythonTwin": keep the program, or the reason there is none`];
  if (!twin.startsWith(`${folder}/`)) return [`${name}, field "pythonExample" is not a file in examples/${folder}/`];
  const regions = regionsOf(twin);
  if (regions === undefined) return [`${name}, field "pythonExample": examples/${twin} does not exist`];
  if (!regions.includes(row.region)) return [`${name}, field "pythonExample": examples/${twin} has no region "${row.region}", the TypeScript program's (it has: ${regions.join(', ') || 'none'})`];
  return [];
}

/** The rows of `text`, validated and checked against the examples; throws an {@link OperationsError} with every problem. */
export function operationRows(file: string, text: string, folder: string, examples: string[], regionsOf: (example: string) => string[] | undefined): OperationRow[] {
  const rows = parseOperationsFile(file, text);
  const problems = operationProblems(file, rows, folder, examples, regionsOf);
  if (problems.length > 0) throw new OperationsError(problems);
  return rows;
}
