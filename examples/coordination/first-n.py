# The first N to succeed in asyncio: asyncio.wait(..., return_when=asyncio.FIRST_COMPLETED) in a
# loop, counting successes, then cancelling the rest. On Python 3.11, asyncio.wait takes tasks, not
# coroutines, and FIRST_COMPLETED is asyncio.FIRST_COMPLETED.
import asyncio


async def download(mirror: str, delay: float, fails: bool = False) -> str:
    await asyncio.sleep(delay)
    if fails:
        raise OSError(f'{mirror} is down')
    return mirror


# #region first-n
async def first_n(tasks: set[asyncio.Task[str]], n: int) -> list[str]:
    """The first `n` values to succeed, in the order they did; the other tasks are cancelled."""
    values: list[str] = []
    failures = 0
    pending = tasks
    try:
        while len(values) < n:
            if failures > len(tasks) - n:
                raise RuntimeError(f'fewer than {n} succeeded ({failures} failures)')
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:  # a set: several may finish on the same turn
                if task.exception() is None:
                    values.append(task.result())
                else:
                    failures += 1
        return values[:n]
    finally:
        for task in pending:
            task.cancel()  # stop every task still running, whichever way we end
        await asyncio.wait(tasks)
# #endregion first-n


async def main() -> None:
    mirrors = {'us': 0.04, 'eu': 0.03, 'asia': 0.02, 'sa': 0.01, 'af': 0.05}
    tasks = {asyncio.create_task(download(m, d)) for m, d in mirrors.items()}
    print(f"first 2: {', '.join(await first_n(tasks, 2))}")
    broken = {asyncio.create_task(download(m, d, fails=m != 'af')) for m, d in mirrors.items()}
    try:
        await first_n(broken, 2)
    except RuntimeError as error:
        print(f'first 2 of mostly broken: {error}')


asyncio.run(main())
