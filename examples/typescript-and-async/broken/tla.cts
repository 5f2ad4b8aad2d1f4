// A .cts file (or a .ts file under "type": "commonjs") is a CommonJS module: no top-level await.
import { setTimeout as sleep } from 'node:timers/promises';

await sleep(10);
export {};
