// Deno: --allow-env --allow-run
// An unobserved failure: a rejected promise that nothing awaits or catches. Node's default
// (--unhandled-rejections=throw, since Node 15) ends the process with exit code 1. It runs in a
// child process here so that this program can report what happened.
import { execFile } from 'node:child_process';
import { once } from 'node:events';

// #region unobserved
const program = `
  Promise.reject(new Error('nobody awaits me'));
  setTimeout(() => console.log('still running 100 ms later'), 100);
`;
const child = execFile(process.execPath, ['--input-type=module', '--eval', program]);
let stdout = '';
child.stdout?.on('data', (chunk: string) => (stdout += chunk));
const [code] = (await once(child, 'close')) as [number | null];
console.log(`exit code: ${code}`);
console.log(`the rest of the program ran: ${stdout.includes('still running')}`);
// #endregion unobserved
