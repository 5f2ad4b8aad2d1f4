# Lock: asyncio.Lock serialises async critical sections within one event loop.
import asyncio

balance = 0


# A read-modify-write with an await in the middle: without the lock, concurrent calls
# would all read the same balance and lose updates.
async def deposit(amount: int) -> None:
    global balance
    before = balance
    await asyncio.sleep(0.01)
    balance = before + amount


async def main() -> None:
    global balance
    # #region lock
    lock = asyncio.Lock()

    async def locked_deposit(amount: int) -> None:
        async with lock:
            await deposit(amount)

    async with asyncio.TaskGroup() as group:
        for n in [1, 2, 3]:
            group.create_task(locked_deposit(n * 10))
    print(f'with the lock: {balance}')

    balance = 0
    async with asyncio.TaskGroup() as group:
        for n in [1, 2, 3]:
            group.create_task(deposit(n * 10))
    print(f'without it: {balance}')
    # #endregion lock


asyncio.run(main())
