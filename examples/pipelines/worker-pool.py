# A worker pool on asyncio.Queue (CPython 3.11): task_done() per job, join() to wait for all,
# then the idle workers are cancelled. Twin: worker-pool.ts.
import asyncio

# #region pool
async def worker(jobs: asyncio.Queue[int], done: list[int]) -> None:
    while True:
        job = await jobs.get()
        try:
            await asyncio.sleep(0.005)  # the work
            done.append(job)
        finally:
            jobs.task_done()  # one per get(), or join() never returns


async def main() -> None:
    jobs: asyncio.Queue[int] = asyncio.Queue(maxsize=2)
    done: list[int] = []
    async with asyncio.TaskGroup() as group:
        pool = [group.create_task(worker(jobs, done)) for _ in range(3)]
        for job in range(1, 13):
            await jobs.put(job)  # waits while 2 jobs are queued: backpressure
        await jobs.join()  # every job taken and marked done
        for task in pool:
            task.cancel()  # they would wait in get() forever
    print(f'{len(done)} jobs done by 3 workers, each once: {sorted(done) == list(range(1, 13))}')


asyncio.run(main())
# #endregion pool
