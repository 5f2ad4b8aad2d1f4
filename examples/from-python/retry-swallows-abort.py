# CancelledError has been a BaseException since Python 3.8, so a retry loop that catches Exception
# lets a cancellation through at once. The TypeScript twin (retry-swallows-abort.ts) shows Node's
# AbortError, an ordinary Error, swallowed by the same loop.
import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar('T')


# #region retry
async def with_retries(attempt: Callable[[], Awaitable[T]], tries: int) -> T:
    n = 1
    while True:
        try:
            return await attempt()
        except Exception:  # not CancelledError: it is a BaseException
            if n == tries:
                raise
            print(f'attempt {n} failed, retrying')
            n += 1
# #endregion retry


# #region cancel
async def cancel_during_first_attempt() -> str:
    """Starts a slow request under with_retries, and cancels it during the first attempt."""
    attempts = 0

    async def attempt() -> None:
        nonlocal attempts
        attempts += 1
        await asyncio.sleep(60)  # a slow request

    task = asyncio.create_task(with_retries(attempt, 3))
    await asyncio.sleep(0)
    task.cancel()  # the caller gives up
    await asyncio.wait([task])
    outcome = 'CancelledError' if task.cancelled() else 'a result or an error'
    return f'attempts: {attempts}, ended with {outcome}'


async def main() -> None:
    print(f'except Exception: {await cancel_during_first_attempt()}')


asyncio.run(main())
# #endregion cancel
