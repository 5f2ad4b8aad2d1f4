# Cleanup after a cancellation in asyncio (3.11): a task is cancelled once, by one CancelledError,
# so its finally can await the cleanup (an aborted AbortSignal, by contrast, stays aborted). A
# second cancel during the cleanup interrupts it; asyncio.shield() keeps the cleanup running, but
# the cancelled task no longer waits for it.
import asyncio


class Lease:
    def __init__(self) -> None:
        self.released = False

    async def release(self) -> None:
        await asyncio.sleep(0.040)  # a round trip to give it back
        self.released = True


# #region shield
async def job(lease: Lease, shielded: bool) -> None:
    try:
        await asyncio.sleep(1)  # the work, cancelled
    finally:
        if shielded:
            await asyncio.shield(lease.release())  # the release goes on if this task is cancelled again
        else:
            await lease.release()
# #endregion shield


async def run(label: str, cancels: int, shielded: bool = False) -> None:
    lease = Lease()
    task = asyncio.create_task(job(lease, shielded))
    for _ in range(cancels):
        await asyncio.sleep(0.005)
        task.cancel()  # the deadline, then a shutdown that cancels it again
    try:
        await task
    except asyncio.CancelledError:
        pass
    released_then = lease.released
    await asyncio.sleep(0.060)
    print(f'{label}: released when the task ended: {released_then}; 60 ms later: {lease.released}')


async def main() -> None:
    # #region runs
    await run('one cancel', cancels=1)
    await run('two cancels', cancels=2)
    await run('two cancels, shielded', cancels=2, shielded=True)
    # #endregion runs


asyncio.run(main())
