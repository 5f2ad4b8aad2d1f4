# Iteration: async for over an async generator. Breaking out of the loop does not close the
# generator at once in Python (it is closed later, when collected); contextlib.aclosing does.
import asyncio
from collections.abc import AsyncGenerator
from contextlib import aclosing


async def main() -> None:
    # #region iteration
    async def pages() -> AsyncGenerator[list[str], None]:
        try:
            page = 1
            while True:
                await asyncio.sleep(0.005)  # e.g. fetching the next page
                yield [f'item {page}a', f'item {page}b']
                page += 1
        finally:
            print('generator closed')  # runs when the consumer stops early

    async with aclosing(pages()) as all_pages:
        async for items in all_pages:
            print(', '.join(items))
            if items[0] == 'item 2a':
                break
    # #endregion iteration


asyncio.run(main())
