# call_soon: run a callback after the current code, without a timer. asyncio has one queue of ready
# callbacks, run first in, first out on the loop's next turn; a timer of 0 seconds joins it after them.
import asyncio


async def main() -> None:
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    order: list[str] = []

    # #region call-soon
    def from_a_callback() -> None:
        loop.call_later(0, lambda: done.set_result(order + ['call_later(0)']))
        loop.call_soon(order.append, 'call_soon 1')
        loop.call_soon(order.append, 'call_soon 2')
        order.append('synchronous code')

    loop.call_soon(from_a_callback)
    print(' → '.join(await done))
    # #endregion call-soon


asyncio.run(main())
