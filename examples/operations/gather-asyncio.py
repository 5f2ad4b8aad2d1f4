# Gather: start several operations, then wait for all of them.
import asyncio


async def job(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    print(f'{name} done')
    return name


async def failing(seconds: float) -> str:
    await asyncio.sleep(seconds)
    raise RuntimeError('boom')


async def main() -> None:
    # #region gather
    # All three run at once: they finish in order of their delays (10, 20, 30 ms). A TaskGroup
    # waits for every task, and cancels the others if one fails.
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(job('a', 0.03)), group.create_task(job('b', 0.01)), group.create_task(job('c', 0.02))]
    print(f'all: {", ".join(task.result() for task in tasks)}')

    # gather(return_exceptions=True) never raises: it reports each outcome, in the order passed.
    outcomes = await asyncio.gather(job('d', 0.01), failing(0.02), return_exceptions=True)
    print(f'gather: {", ".join(f"failed ({o})" if isinstance(o, BaseException) else o for o in outcomes)}')
    # #endregion gather


asyncio.run(main())
