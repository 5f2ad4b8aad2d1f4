# A worker pool on asyncio.Queue (CPython 3.11): a bounded queue, three workers that call
# task_done() for every job they take, and join() to wait until every job is done. The workers
# loop forever, so main cancels them after join(); the TaskGroup waits for them to end, and a
# worker that raises cancels the rest and is raised from the `async with`. The TypeScript twin
# (worker-pool.ts) closes its channel instead.
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
