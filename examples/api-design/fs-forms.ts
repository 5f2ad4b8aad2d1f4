// Node core pays the cost of colour for you: `fs` comes in three shapes.
import { readFile, readFileSync } from 'node:fs';
import { readFile as readFilePromise } from 'node:fs/promises';
import { promisify } from 'node:util';

const file = new URL(import.meta.url);

// #region fs-forms
const viaSync = readFileSync(file, 'utf8'); // blocks the thread until done
const viaPromise = await readFilePromise(file, 'utf8'); // fs/promises
const viaCallback = await new Promise<string>((resolve, reject) => {
  readFile(file, 'utf8', (error, text) => (error ? reject(error) : resolve(text))); // the original callback API
});
const viaPromisify = await promisify(readFile)(file, 'utf8'); // how util.promisify bridges callback APIs
// #endregion fs-forms

console.log('all four read the same text:', new Set([viaSync, viaPromise, viaCallback, viaPromisify]).size === 1);
