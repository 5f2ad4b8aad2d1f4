# Condition: asyncio.Condition wakes its waiters, and wait_for checks again after each wake-up.
import asyncio


async def main() -> None:
    # #region condition
    condition = asyncio.Condition()
    queue: list[int] = []

    async def take() -> int:
        async with condition:
            await condition.wait_for(lambda: len(queue) > 0)  # checked again after every wake-up
            return queue.pop(0)  # still holding the lock: no await between the check and the take

    async with asyncio.TaskGroup() as group:
        takers = [group.create_task(take()) for _ in range(2)]
        for item in [1, 2]:
            await asyncio.sleep(0.005)
            async with condition:
                queue.append(item)
                condition.notify_all()
    print(f'taken: {", ".join(str(taker.result()) for taker in takers)}')
    # #endregion condition


asyncio.run(main())
