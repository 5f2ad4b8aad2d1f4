// npm run bench:hovers — what type hovers cost per code block, amortised over the whole site:
// the one shared language service is created inside the timed span, then every region and every
// whole file of every example is annotated (a superset of the blocks the build annotates).
import { catalogue } from '../src/catalogue/catalogue.ts';
import { commandLine, fail } from '../src/cli/command-line.ts';

const { positionals } = commandLine(
  'bench:hovers',
  `Usage: npm run bench:hovers

Annotates every region and whole file of every example with type hovers and prints the cost per
code block. Exit code 0 within the budget of 50 ms a block, 1 over it, 2 on a wrong argument.`,
  {},
);
if (positionals.length > 0) fail('bench:hovers', `it takes no paths, found ${positionals.join(' ')}`);
// After the arguments: loading TypeScript takes a second that --help need not wait.
const { typeHovers } = await import('../src/astro/type-info.ts');

const BUDGET_MS = 50;
const examples = catalogue();
const blocks = examples.programs().flatMap((id) => [undefined, ...examples.file(id).regions.map((r) => r.name)].map((region) => ({ id, region })));

const started = performance.now();
let hovers = 0;
for (const { id, region } of blocks) hovers += typeHovers(examples.file(id), examples.excerpt(id, region)).length;
const total = performance.now() - started;
const perBlock = total / blocks.length;
console.log(`type hovers: ${blocks.length} blocks, ${hovers} hovers, ${(total / 1000).toFixed(2)} s in all`);
console.log(`per block, amortised: ${perBlock.toFixed(1)} ms (budget ${BUDGET_MS} ms)`);
process.exitCode = perBlock <= BUDGET_MS ? 0 : 1;
