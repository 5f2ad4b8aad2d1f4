# A blocking call inside a coroutine stops the whole event loop; asyncio.to_thread (3.9+) runs it on
# a thread, and the loop keeps running other tasks meanwhile.
import asyncio
import time


async def main() -> None:
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    async with asyncio.TaskGroup() as group:
        tick_task = group.create_task(ticker())
        await asyncio.sleep(0.05)  # let the ticker start

        # #region to-thread
        before = ticks
        time.sleep(0.3)  # a blocking call, e.g. a sync library: the loop cannot run the ticker
        print(f'ticks while time.sleep blocked the loop: {ticks - before}')

        before = ticks
        await asyncio.to_thread(time.sleep, 0.3)  # the same call on a thread
        print(f'ticks while asyncio.to_thread waited: {ticks - before}')
        # #endregion to-thread
        tick_task.cancel()


asyncio.run(main())
