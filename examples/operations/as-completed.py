# As completed: handle results in the order they finish, not the order they started.
import asyncio


async def job(milliseconds: int) -> str:
    await asyncio.sleep(milliseconds / 1000)
    return f'{milliseconds} ms job'


async def main() -> None:
    # #region as-completed
    async with asyncio.TaskGroup() as group:
        jobs = [group.create_task(job(ms)) for ms in [30, 10, 20]]
        # Each item is an awaitable for the next result to finish (async for needs Python 3.13).
        for next_done in asyncio.as_completed(jobs):
            print(f'done: {await next_done}')
    # #endregion as-completed


asyncio.run(main())
