// Queue: Node has no asyncio.Queue, but a TransformStream is a bounded async channel.
// The producer waits when the buffer is full; the consumer waits when it is empty.

// #region queue
// Room for one item in the writable side and none in the readable side.
const channel = new TransformStream<number, number>(undefined, { highWaterMark: 1 }, { highWaterMark: 0 });

async function produce(): Promise<void> {
  const writer = channel.writable.getWriter();
  for (const item of [1, 2, 3]) {
    await writer.ready; // waits while the channel is full: backpressure
    console.log(`put ${item}`);
    void writer.write(item); // write() settles when the item is taken; `ready` is what we wait for
  }
  await writer.close(); // the consumer's loop ends after the last item
}

async function consume(): Promise<number[]> {
  const received: number[] = [];
  for await (const item of channel.readable) {
    console.log(`got ${item}`);
    received.push(item);
  }
  return received;
}

const [, received] = await Promise.all([produce(), consume()]);
console.log(`received in order: ${received.join(', ')}`);
// #endregion queue
