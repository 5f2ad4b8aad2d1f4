# Semaphore: asyncio.Semaphore lets at most N holders in at once.
import asyncio


async def main() -> None:
    # #region semaphore
    semaphore = asyncio.Semaphore(2)
    running = 0
    peak = 0

    async def job() -> None:
        nonlocal running, peak
        async with semaphore:
            running += 1
            peak = max(peak, running)
            await asyncio.sleep(0.005)
            running -= 1

    async with asyncio.TaskGroup() as group:
        for _ in range(6):
            group.create_task(job())
    print(f'6 jobs, limit 2: at most {peak} ran at once')
    # #endregion semaphore


asyncio.run(main())
