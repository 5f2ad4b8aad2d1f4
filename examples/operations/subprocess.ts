// Deno: --allow-env --allow-run
// Subprocess: run a program (here Node itself) and await its output and exit code.
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { promisify } from 'node:util';

// #region subprocess
// promisify(execFile) resolves with the output, or rejects when the exit code is not 0.
const run = promisify(execFile);
const { stdout } = await run(process.execPath, ['-e', 'console.log("hello from the child")']);
console.log(`stdout: ${stdout.trim()}`);

// spawn streams the output; once(child, 'exit') gives the exit code and the signal.
const child = spawn(process.execPath, ['-e', 'process.exitCode = 3'], { stdio: 'inherit' });
const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
console.log(`exit code: ${code}, signal: ${signal}`);
// #endregion subprocess
