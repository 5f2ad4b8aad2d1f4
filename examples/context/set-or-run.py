# `ContextVar.set()` changes the current context: a coroutine that is awaited directly shares its
# caller's context, so its set() leaks into the caller, while a task runs in a copy made when it was
# created. The TypeScript twin (set-or-run.ts) shows AsyncLocalStorage's enterWith() and run().
import asyncio
from contextvars import ContextVar

# #region set
user: ContextVar[str] = ContextVar('user', default='anonymous')


async def log_in(name: str) -> None:
    user.set(name)
    await asyncio.sleep(0)


async def main() -> None:
    await log_in('ada')  # runs in main's own context
    print(f'set() in an awaited coroutine: the caller sees {user.get()}')

    user.set('anonymous')
    await asyncio.create_task(log_in('bob'))  # the task has a copy
    print(f'set() in a task: the caller sees {user.get()}')

    user.set('anonymous')
    token = user.set('carol')  # scoped by hand, as run() does
    try:
        inside = user.get()
    finally:
        user.reset(token)
    print(f'set() then reset(token): {inside} inside, {user.get()} after')


asyncio.run(main())
# #endregion set
