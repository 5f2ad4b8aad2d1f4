// Reads the operations table's rows (examples/operations/operations.json) and checks them against
// the programs in examples/operations/: the build and test/site/operations.test.ts both fail when
// a row has no program or region, or a program has no row.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { operationRows, type OperationRow } from '../lib/operations.ts';
import { parseRegions } from '../lib/regions.ts';
import { listExamples } from '../runner/catalogue.ts';
import { examplePath, examplesDir } from '../runner/paths.ts';

export const OPERATIONS_FOLDER = 'operations';
export const operationsDataFile = path.join(examplesDir, OPERATIONS_FOLDER, 'operations.json');

export function readOperationsData(): unknown {
  return JSON.parse(readFileSync(operationsDataFile, 'utf8')) as unknown;
}

export function operationExamples(): string[] {
  return listExamples().filter((id) => id.startsWith(`${OPERATIONS_FOLDER}/`));
}

export function regionsOf(example: string): string[] | undefined {
  const file = examplePath(example);
  if (!existsSync(file)) return undefined;
  return parseRegions(readFileSync(file, 'utf8')).map((r) => r.name);
}

export function loadOperations(): OperationRow[] {
  return operationRows(readOperationsData(), OPERATIONS_FOLDER, operationExamples(), regionsOf);
}
