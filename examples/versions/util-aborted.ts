// Feature: `util.aborted()`, stable since 24.0.0 and 22.16.0
// Source: https://nodejs.org/docs/latest-v24.x/api/util.html#utilabortedsignal-resource
// Fallback: none needed on 22.16+; or `events.once(signal, 'abort')`
// A promise that settles when a signal aborts, without an 'abort' listener of your own to remove.
import { aborted } from 'node:util';

const controller = new AbortController();
const resource = {}; // the operation the signal belongs to; held weakly
const whenAborted = aborted(controller.signal, resource).then(() => 'settled after abort');
controller.abort(new Error('stop'));
console.log(await whenAborted);
