// What Deno must grant an example, as its `// Deno:` header says, e.g.
//
//   // Deno: --allow-env --allow-read
//
// Deno runs a program with no permissions unless told; Node and Bun grant everything. The header
// names the flags `deno run` needs for this file (the entry's header covers what its local imports
// do), so a reader sees the command, not a blanket `-A`. The refresh finds the flags a run needs
// (Deno's refusal names each) and fails when the header says otherwise. It stands at the top, under
// any `// Requires:`, or at the end of a file whose output names its own line numbers, with a note
// in parentheses: `// Deno: --allow-net (at the end: …)`.

export class DenoHeaderError extends Error {
  override name = 'DenoHeaderError';
}

const HEADER = /^\s*\/\/\s*Deno:(.*)$/;
// `--allow-all` only where Deno asks for it (it does to read /proc), and then alone: it conflicts with the others.
const FLAG = /^--allow-(read|write|net|env|run|sys|ffi|import|all)$/;

/** The flags of a source's `// Deno:` header, sorted (none without one); a malformed header throws with its line. */
export function denoFlags(source: string, file = 'source'): string[] {
  const lines = source.split('\n');
  const index = lines.findIndex((line) => HEADER.test(line));
  if (index < 0) return [];
  // A note in parentheses may follow the flags.
  const flags = (HEADER.exec(lines[index] ?? '')?.[1] ?? '').replace(/\(.*\)\s*$/, '').trim().split(/\s+/).filter(Boolean);
  const wrong = flags.filter((f) => !FLAG.test(f));
  if (flags.length === 0 || wrong.length > 0) {
    throw new DenoHeaderError(`${file}:${index + 1}: expected \`// Deno: --allow-env --allow-read\` (the permission flags \`deno run\` needs), found \`${lines[index]?.trim() ?? ''}\``);
  }
  if (flags.includes('--allow-all') && flags.length > 1) throw new DenoHeaderError(`${file}:${index + 1}: \`--allow-all\` grants everything and conflicts with the other flags: write \`// Deno: --allow-all\` alone`);
  return [...new Set(flags)].sort();
}

/** The header a run calls for: `// Deno: --allow-env --allow-read`, or none. */
export function denoHeaderFor(flags: readonly string[]): string {
  return flags.length === 0 ? 'no `// Deno:` header' : `\`// Deno: ${[...flags].sort().join(' ')}\``;
}

/** The source without its `// Deno:` header line: what Node runs is the same with or without it. */
export function withoutDenoHeader(source: string): string {
  return source.replace(/^[ \t]*\/\/[ \t]*Deno:.*\n/m, '');
}

/** The command a reader types: `deno run --allow-env examples/x.ts`. */
export function denoCommand(flags: readonly string[], file: string): string {
  return ['deno run', ...flags, file].join(' ');
}
