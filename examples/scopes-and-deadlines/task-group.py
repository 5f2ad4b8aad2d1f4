# The same scope in asyncio (3.11): TaskGroup cancels the other tasks when one fails, waits for
# them, then raises an ExceptionGroup of the real failures (the siblings' CancelledError left out).
import asyncio

running = 0


async def fetch_part(name: str, seconds: float) -> None:
    global running
    running += 1
    try:
        await asyncio.sleep(seconds)
        print(f'{name}: done')
    except asyncio.CancelledError:
        print(f'{name}: stopped (CancelledError)')
        raise
    finally:
        running -= 1


async def fail_after(seconds: float) -> None:
    await asyncio.sleep(seconds)
    print('prices: failing')
    raise RuntimeError('prices: 503 from upstream')


async def main() -> None:
    # #region scope-fails
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fetch_part('profile', 0.010))
            group.create_task(fail_after(0.030))
            group.create_task(fetch_part('history', 0.200))
            print('block: all three started')
    except* RuntimeError as failures:
        print(f'block: {failures.message}:', [str(e) for e in failures.exceptions])
    print(f'after the block: {running} tasks running')
    # #endregion scope-fails


asyncio.run(main())
