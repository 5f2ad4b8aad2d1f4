// One way for every script in scripts/ to read its arguments: node:util parseArgs, strict, with
// `--help` (or `-h`) printing the script's usage and exiting 0, and a wrong argument printing
// what is wrong and where the usage is, exiting 2. Scripts keep their usage text in one string.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CommandLine<O extends Options> {
  values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values'];
  positionals: string[];
}

/**
 * Parses `argv` (default: this process's arguments) for a script named `name`. `--help` prints
 * `usage` and exits 0; an unknown option or a missing value prints `name: <what>; see --help`
 * and exits 2.
 */
export function commandLine<O extends Options>(name: string, usage: string, options: O, argv = process.argv.slice(2)): CommandLine<O> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage.trimEnd() + '\n');
    process.exit(0);
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (error) {
    return fail(name, error instanceof Error ? error.message.split('\n')[0] ?? String(error) : String(error));
  }
}

/** Prints `name: message; see --help` on stderr and exits 2 (a usage error). */
export function fail(name: string, message: string): never {
  process.stderr.write(`${name}: ${message}; see \`npm run ${name} -- --help\`\n`);
  process.exit(2);
}
