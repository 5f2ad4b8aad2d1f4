// Reads the operations table's rows (examples/operations/operations.json, through the catalogue's
// examples folder), validates them (src/formats/operations.ts) and checks them against the programs in
// examples/operations/: the build and test/site/operations.test.ts both fail when a field is wrong,
// a row has no program or region, or a program has no row. Read once per catalogue, so `astro dev`
// reads it again when the catalogue is reset.
import { catalogue, type Catalogue } from './catalogue.ts';
import { operationRows, type OperationRow } from '../formats/operations.ts';

export const OPERATIONS_FOLDER = 'operations';

/** The file, as messages name it. */
export const OPERATIONS_FILE = `examples/${OPERATIONS_FOLDER}/operations.json`;

export function operationExamples(): string[] {
  return catalogue()
    .programs()
    .filter((id) => id.startsWith(`${OPERATIONS_FOLDER}/`));
}

export function regionsOf(example: string): string[] | undefined {
  if (!catalogue().has(example)) return undefined;
  return catalogue()
    .file(example)
    .regions.map((r) => r.name);
}

const loaded = new WeakMap<Catalogue, OperationRow[]>();

/** The rows, in the file's order; throws naming the file, row and field of every problem. */
export function loadOperations(): OperationRow[] {
  const current = catalogue();
  let rows = loaded.get(current);
  if (!rows) {
    const text = current.dataText(`${OPERATIONS_FOLDER}/operations.json`);
    rows = operationRows(OPERATIONS_FILE, text, OPERATIONS_FOLDER, operationExamples(), regionsOf);
    loaded.set(current, rows);
  }
  return rows;
}
