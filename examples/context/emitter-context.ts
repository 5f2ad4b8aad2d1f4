// An EventEmitter calls its listeners synchronously inside emit(), so a listener sees the context
// of whoever emits, not of whoever subscribed. AsyncLocalStorage.bind pins the subscriber's.
import { AsyncLocalStorage } from 'node:async_hooks';
import { EventEmitter } from 'node:events';

const context = new AsyncLocalStorage<string>();
const jobs = new EventEmitter();

// #region emitter
context.run('subscriber', () => {
  jobs.on('done', () => console.log('plain listener sees:', context.getStore()));
  jobs.on(
    'done',
    AsyncLocalStorage.bind(() => console.log('bound listener sees:', context.getStore())),
  );
});

context.run('emitter', () => {
  jobs.emit('done');
});
// #endregion emitter
