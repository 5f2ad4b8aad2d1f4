# #region main
import asyncio


async def greet(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return f"hello, {name}"


async def main() -> None:
    async with asyncio.TaskGroup() as group:
        later = group.create_task(greet("later", 0.02))
        sooner = group.create_task(greet("sooner", 0.01))
    print(sooner.result())
    print(later.result())


asyncio.run(main())
# #endregion main
