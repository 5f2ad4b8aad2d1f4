// Reads the operations table's rows (examples/operations/operations.json) and checks them against
// the programs in examples/operations/: the build and test/site/operations.test.ts both fail when
// a row has no program or region, or a program has no row.
import { catalogue } from '../catalogue/catalogue.ts';
import { operationRows, type OperationRow } from '../lib/operations.ts';

export const OPERATIONS_FOLDER = 'operations';

export function readOperationsData(): unknown {
  return JSON.parse(catalogue().dataText(`${OPERATIONS_FOLDER}/operations.json`)) as unknown;
}

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

export function loadOperations(): OperationRow[] {
  return operationRows(readOperationsData(), OPERATIONS_FOLDER, operationExamples(), regionsOf);
}
