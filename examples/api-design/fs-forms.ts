// Deno: --allow-read
// Node core pays the cost of colour for you: `fs` comes in three shapes.
import { readFile, readFileSync } from 'node:fs';
import { readFile as readFilePromise } from 'node:fs/promises';
import { promisify } from 'node:util';

const file = new URL(import.meta.url);

// #region fs-forms
const viaSync = readFileSync(file, 'utf8'); // blocks the thread until done
const viaPromise = await readFilePromise(file, 'utf8'); // fs/promises
// The original callback API, wrapped by hand…
const viaCallback = await new Promise<string>((resolve, reject) => {
  readFile(file, 'utf8', (error, text) => (error ? reject(error) : resolve(text)));
});
// …or by util.promisify, which does the same for any (error, result) callback.
const viaPromisify = await promisify(readFile)(file, 'utf8');
// #endregion fs-forms

const distinct = new Set([viaSync, viaPromise, viaCallback, viaPromisify]);
console.log('all four read the same text:', distinct.size === 1);
