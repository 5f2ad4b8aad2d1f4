# Cleanup: async with closes each resource when the block ends, last opened first, even on error.
import asyncio
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager


async def main() -> None:
    # #region cleanup
    @asynccontextmanager
    async def resource(name: str) -> AsyncGenerator[str, None]:
        print(f'open {name}')
        try:
            yield name
        finally:
            await asyncio.sleep(0.005)  # e.g. flushing and closing a connection
            print(f'close {name}')

    try:
        async with resource('database'), resource('cache'):
            raise RuntimeError('the work failed')
    except RuntimeError as error:
        # Both were closed, last opened first, before the except runs.
        print(f'caught: {error}')
    # #endregion cleanup


asyncio.run(main())
