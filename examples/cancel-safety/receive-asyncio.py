# The same two receives in asyncio, on CPython 3.11. asyncio.wait_for cancels the get() it gave up
# on, and asyncio.Queue keeps its items in its own buffer (a waiting get() is only woken, it is not
# handed the item), so nothing is lost. asyncio.wait with a timeout is Promise.race: it leaves the
# get() running, and that task takes the next item.
import asyncio

JOBS = ['job 1', 'job 2', 'job 3']


async def drain(jobs: asyncio.Queue[str]) -> list[str]:
    for job in JOBS:
        await jobs.put(job)
    await asyncio.sleep(0)  # one turn: a get() still running takes its item now
    received: list[str] = []
    while not jobs.empty():
        received.append(jobs.get_nowait())
    return received


async def wait_for_get() -> None:
    jobs: asyncio.Queue[str] = asyncio.Queue(10)
    # #region wait-for
    try:
        print(await asyncio.wait_for(jobs.get(), timeout=0.01))
    except TimeoutError:  # asyncio.TimeoutError is TimeoutError since 3.11
        print('no job yet')
    # #endregion wait-for
    received = await drain(jobs)
    print(f"wait_for: put 3, received {len(received)}: {', '.join(received)}")


async def wait_get() -> None:
    jobs: asyncio.Queue[str] = asyncio.Queue(10)
    # #region wait
    get = asyncio.create_task(jobs.get())
    done, _ = await asyncio.wait({get}, timeout=0.01)  # gives up waiting, leaves get running
    print(get.result() if done else 'no job yet')
    # #endregion wait
    received = await drain(jobs)
    print(f"wait: put 3, received {len(received)}: {', '.join(received)}; the abandoned get took {get.result()}")


asyncio.run(wait_for_get())
asyncio.run(wait_get())
