// #region main
import { setTimeout as sleep } from 'node:timers/promises';

const started = performance.now();
await sleep(10);
console.log('slept', performance.now() - started >= 10);
// #endregion main
