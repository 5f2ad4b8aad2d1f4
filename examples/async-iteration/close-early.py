# Leaving `async for` early leaves the generator suspended: its `finally` runs only when the
# generator is finalised. While a variable still holds it, that is when main() returns, on the
# event loop's way out; `contextlib.aclosing` closes it at the end of the block instead.
# The TypeScript twin is close-early.ts.
import asyncio
from collections.abc import AsyncGenerator
from contextlib import aclosing

open_cursors = 0


# #region break
async def rows() -> AsyncGenerator[str, None]:
    global open_cursors
    open_cursors += 1  # a database cursor, a lease, a file: something to give back
    try:
        n = 1
        while True:
            await asyncio.sleep(0)
            yield f'row {n}'
            n += 1
    finally:
        open_cursors -= 1
        print('generator: finally, cursor closed')


async def main() -> None:
    results = rows()
    async for row in results:
        print(row)
        if row == 'row 2':
            break
    print(f'after the loop: open cursors {open_cursors}')
    await asyncio.sleep(0.01)  # the rest of main: the cursor stays open all along
    print(f'end of main: open cursors {open_cursors}')


asyncio.run(main())
print(f'after asyncio.run: open cursors {open_cursors}')
# #endregion break


# #region aclosing
async def main_closing() -> None:
    async with aclosing(rows()) as results:
        async for row in results:
            print(row)
            if row == 'row 2':
                break
    print(f'after the block: open cursors {open_cursors}')


asyncio.run(main_closing())
# #endregion aclosing
