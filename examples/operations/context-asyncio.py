# Context: a contextvars.ContextVar set in one task follows it through every await; each task runs
# in a copy of the context it was created in, so a value set inside never leaks out.
import asyncio
from contextvars import ContextVar

# #region context
request_id: ContextVar[str | None] = ContextVar('request_id', default=None)


async def handle(delay_ms: int) -> None:
    await asyncio.sleep(delay_ms / 1000)
    # No parameter passed it down: the variable follows the task.
    print(f'request {request_id.get()} finished after {delay_ms} ms')


async def request(id: str, delay_ms: int) -> None:
    request_id.set(id)  # sets it in this task's copy of the context only
    await handle(delay_ms)


async def main() -> None:
    # Three requests at once, finishing in the order 10, 20, 30 ms; each sees its own id.
    async with asyncio.TaskGroup() as group:
        group.create_task(request('r1', 30))
        group.create_task(request('r2', 10))
        group.create_task(request('r3', 20))
    print(f'outside any request: {request_id.get()}')
# #endregion context


asyncio.run(main())
