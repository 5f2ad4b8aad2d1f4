# Leaving an `async for` loop early does not close the generator: its `finally` runs only when the
# generator is finalised, later, from the event loop. `contextlib.aclosing` closes it at the end of
# the block, as JavaScript's `for await` does by itself (break-async-for.ts).
import asyncio
from collections.abc import AsyncGenerator
from contextlib import aclosing


# #region break
async def lines() -> AsyncGenerator[str, None]:
    try:
        n = 1
        while True:
            await asyncio.sleep(0.001)
            yield f'line {n}'
            n += 1
    finally:
        print('generator: finally, the file is closed')


async def main() -> None:
    async for line in lines():
        print(line)
        break
    print('after the loop')  # the generator is still open here
    await asyncio.sleep(0)  # its finalizer runs as a task, on a later turn

    async with aclosing(lines()) as closing:
        async for line in closing:
            print(line)
            break
    print('after the aclosing loop')  # closed before this line


asyncio.run(main())
# #endregion break
