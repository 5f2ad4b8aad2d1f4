// Feature: `Array.fromAsync`
// Source: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/fromAsync
// Fallback: none needed on 22
// Array.fromAsync collects an async iterable into an array, awaiting one element at a time.
import { setTimeout as sleep } from 'node:timers/promises';

async function* pages(): AsyncGenerator<string> {
  for (const page of ['a', 'b', 'c']) {
    await sleep(5);
    yield page;
  }
}

console.log(await Array.fromAsync(pages()));
console.log(await Array.fromAsync(pages(), (page) => page.toUpperCase()));
