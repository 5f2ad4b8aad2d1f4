// npm run bench:hovers — what type hovers cost per code block, amortised over the whole site:
// the one shared language service is created inside the timed span, then every sample on every
// page is annotated, as the build does.
import { readFileSync } from 'node:fs';
import { extractRegion, wholeFile } from '../src/lib/regions.ts';
import { findSampleUsages } from '../src/lib/sample-usages.ts';
import { contentFiles } from '../src/site/check-usages.ts';
import { examplePath } from '../src/runner/paths.ts';
import { typeHovers } from '../src/site/type-info.ts';
import { listExamples } from '../src/runner/catalogue.ts';

const BUDGET_MS = 50;
const blocks = [
  ...contentFiles().flatMap((page) => findSampleUsages(readFileSync(page, 'utf8'))),
  // The whole-file page of every example is a block too.
  ...listExamples().map((file) => ({ file, region: undefined })),
];

const started = performance.now();
let hovers = 0;
for (const { file, region } of blocks) {
  const source = readFileSync(examplePath(file), 'utf8');
  hovers += typeHovers(file, region ? extractRegion(source, region) : wholeFile(source)).length;
}
const total = performance.now() - started;
const perBlock = total / blocks.length;
console.log(`type hovers: ${blocks.length} blocks, ${hovers} hovers, ${(total / 1000).toFixed(2)} s in all`);
console.log(`per block, amortised: ${perBlock.toFixed(1)} ms (budget ${BUDGET_MS} ms)`);
process.exitCode = perBlock <= BUDGET_MS ? 0 : 1;
