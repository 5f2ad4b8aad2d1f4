// A module that awaits at top level: require(esm) refuses it (see require-esm.ts).
import { setTimeout as sleep } from 'node:timers/promises';

export const settings = await sleep(1, { region: 'eu' });
