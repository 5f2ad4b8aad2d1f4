// What survives postMessage. Worker messages use the structured clone algorithm; a MessageChannel
// from node:worker_threads uses the same one, so this shows the rules without starting a worker.
import { once } from 'node:events';
import { MessageChannel } from 'node:worker_threads';

const { port1, port2 } = new MessageChannel();

async function roundTrip(value: unknown, transfer: ArrayBuffer[] = []): Promise<unknown> {
  port1.postMessage(value, transfer);
  const [received] = (await once(port2, 'message')) as [unknown];
  return received;
}

// #region functions
try {
  port1.postMessage({ onDone: () => console.log('done') });
} catch (error) {
  console.log(`a function: ${(error as Error).name}`);
}
// #endregion functions

// #region class-instances
class Point {
  readonly x: number;
  readonly y: number;
  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
  }
  length(): number {
    return Math.hypot(this.x, this.y);
  }
}
const copy = await roundTrip(new Point(3, 4));
console.log(`a Point arrives as a Point: ${copy instanceof Point}`);
console.log(`its data arrives: ${JSON.stringify(copy)}`);
console.log(`its methods arrive: ${typeof (copy as Point).length === 'function'}`);
// #endregion class-instances

// #region transfer
const buffer = new ArrayBuffer(1024);
const moved = (await roundTrip(buffer, [buffer])) as ArrayBuffer;
console.log(`after transfer, sender's byteLength: ${buffer.byteLength}, receiver's: ${moved.byteLength}`);
// #endregion transfer

port1.close();
