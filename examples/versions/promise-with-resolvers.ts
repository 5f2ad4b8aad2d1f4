// Feature: `Promise.withResolvers`
// Source: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Promise/withResolvers
// Fallback: none needed on 22
// A promise settled from outside: here, by the first 'ready' event of an emitter.
import { EventEmitter } from 'node:events';

const emitter = new EventEmitter<{ ready: [string] }>();
const { promise, resolve } = Promise.withResolvers<string>();
emitter.once('ready', resolve);

setTimeout(() => emitter.emit('ready', 'config loaded'), 10);
console.log(`resolved with: ${await promise}`);
