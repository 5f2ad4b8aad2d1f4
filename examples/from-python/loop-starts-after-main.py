# asyncio has no loop until asyncio.run() makes one, and nothing scheduled on it runs before the
# coroutine that scheduled it reaches an await: the callbacks then run in the order they were
# queued. The TypeScript twin (loop-starts-after-main.ts) shows Node starting its loop by itself.
import asyncio

# #region order
order: list[str] = []


async def note(what: str) -> None:
    order.append(what)


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.call_later(0, order.append, '4. loop.call_later(0, …)')
    loop.call_soon(order.append, '2. loop.call_soon')
    task = asyncio.create_task(note('3. a task'))
    order.append('1. main, up to its first await')
    await task
    await asyncio.sleep(0)
    print('\n'.join(order))


order.append('0. the module: no loop runs yet')
asyncio.run(main())  # makes the loop, runs main on it, closes it
# #endregion order
