# Giving the loop a turn: `await asyncio.sleep(0)` suspends the task, so every other ready task
# runs once; awaiting a coroutine that never suspends gives no turn at all, like
# `await Promise.resolve()` in the TypeScript twin (yield.ts).
import asyncio
from collections.abc import Awaitable, Callable


def busy() -> None:
    for _ in range(100_000):  # a slice of CPU work
        pass


async def no_suspension() -> None:
    return None


# #region yield
async def slices_with(pause: Callable[[], Awaitable[None]]) -> int:
    """Runs three slices of CPU work, pausing with `pause` after each, beside another task."""
    other_ran = 0
    done = False

    async def other() -> None:
        nonlocal other_ran
        while not done:
            other_ran += 1  # counts the turns it is given
            await asyncio.sleep(0)

    async with asyncio.TaskGroup() as group:
        group.create_task(other())
        for _ in range(3):
            busy()
            await pause()
        seen = other_ran
        done = True
    return seen


async def main() -> None:
    print(f'await no_suspension(): the other task ran {await slices_with(no_suspension)} times')
    print(f'await asyncio.sleep(0): the other task ran {await slices_with(lambda: asyncio.sleep(0))} times')


asyncio.run(main())
# #endregion yield
