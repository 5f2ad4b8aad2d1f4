# A Python coroutine is "cold": calling it only creates the coroutine object, and its body runs
# when it is awaited (or wrapped in a task). So two bare coroutines awaited in turn run one after
# the other, and tasks are what run them at once.
import asyncio

log: list[str] = []


async def fetch_user() -> str:
    log.append('fetch_user: body starts (only when awaited)')
    await asyncio.sleep(0)
    log.append('fetch_user: resumes after its first await')
    return 'ada'


async def step(name: str) -> None:
    log.append(f'{name} starts')
    await asyncio.sleep(0.01)
    log.append(f'{name} ends')


async def main() -> None:
    # #region cold
    pending = fetch_user()  # a coroutine object: nothing has run yet
    log.append('caller: has a coroutine, carries on')
    user = await pending
    log.append(f'caller: got {user}')
    print('\n'.join(log))
    # #endregion cold

    # #region one-after-the-other
    log.clear()
    a, b = step('a'), step('b')  # two coroutine objects
    await a
    await b
    print(f'bare coroutines: {", ".join(log)}')

    log.clear()
    async with asyncio.TaskGroup() as group:  # tasks start both at once
        group.create_task(step('a'))
        group.create_task(step('b'))
    print(f'tasks: {", ".join(log)}')
    # #endregion one-after-the-other


asyncio.run(main())
