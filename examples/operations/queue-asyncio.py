# Queue: asyncio.Queue with room for one item, so the producer waits for the consumer.
import asyncio


async def main() -> None:
    # #region queue
    channel: asyncio.Queue[int | None] = asyncio.Queue(maxsize=1)
    received: list[int] = []

    async def produce() -> None:
        for item in [1, 2, 3]:
            await channel.put(item)  # waits while the queue is full: backpressure
            print(f'put {item}')
        await channel.put(None)  # no more items (Queue.shutdown needs Python 3.13)

    async def consume() -> None:
        while (item := await channel.get()) is not None:
            print(f'got {item}')
            received.append(item)

    async with asyncio.TaskGroup() as tasks:
        tasks.create_task(produce())
        tasks.create_task(consume())
    print(f'received in order: {", ".join(map(str, received))}')
    # #endregion queue


asyncio.run(main())
