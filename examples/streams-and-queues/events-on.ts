// events.on() turns events into an async iterator, but it cannot slow a plain EventEmitter down:
// events that arrive while the consumer is busy pile up in the iterator's buffer, without limit.
import { EventEmitter, on } from 'node:events';

// #region unbounded
const messages = new EventEmitter();
const iterator = on(messages, 'message', { close: ['end'] });
let emitted = 0;
let consumed = 0;

for (let burst = 1; burst <= 3; burst++) {
  // The producer: a socket delivering 100 messages at once. emit() cannot wait for anyone.
  for (let i = 0; i < 100; i++) messages.emit('message', ++emitted);
  // The consumer: only gets through 10 before the next burst.
  for (let i = 0; i < 10; i++) {
    await iterator.next();
    consumed++;
  }
  const buffered = emitted - consumed;
  console.log(`burst ${burst}: emitted ${emitted}, consumed ${consumed}, buffered ${buffered}`);
}

messages.emit('end'); // a `close` event ends the iteration once the buffer is drained
let rest = 0;
let last = 0;
for await (const [message] of iterator) {
  rest++;
  last = message as number;
}
console.log(`after 'end': ${rest} more buffered messages (last #${last}), then the loop ends`);
// #endregion unbounded
