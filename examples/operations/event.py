# Event: asyncio.Event wakes every waiter when it is set; later waiters pass straight through.
import asyncio


async def main() -> None:
    # #region event
    ready = asyncio.Event()
    woken: list[str] = []

    async def waiter(name: str) -> None:
        await ready.wait()
        woken.append(name)

    async with asyncio.TaskGroup() as group:
        for name in ['a', 'b']:
            group.create_task(waiter(name))
        await asyncio.sleep(0.005)
        print(f'before set: {len(woken)} woken')
        ready.set()
    print(f'after set: {", ".join(woken)} woken')
    # #endregion event


asyncio.run(main())
