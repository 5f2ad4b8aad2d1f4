# One deadline in asyncio (3.11): asyncio.timeout() cancels everything awaited inside it, with no
# argument to pass down. What is left is not ambient (Trio has current_effective_deadline(); asyncio
# has none), so a layer that refuses work is handed the Timeout and asks its when().
import asyncio


class DeadlineTooShortError(Exception):
    pass


def assert_time_for(cost: float, deadline: asyncio.Timeout, what: str) -> None:
    when = deadline.when()
    left = float('inf') if when is None else when - asyncio.get_running_loop().time()
    if left < cost:
        raise DeadlineTooShortError(f'{what} needs {cost * 1000:.0f} ms, {left * 1000:.0f} ms left')


async def query(name: str, cost: float, deadline: asyncio.Timeout) -> str:
    assert_time_for(cost, deadline, f'query {name}')
    await asyncio.sleep(cost)  # the backend: cancelled at the deadline, nothing to pass
    return name


async def load_dashboard(deadline: asyncio.Timeout) -> list[str]:
    user = await query('user', 0.020, deadline)
    orders = await query('orders', 0.020, deadline)
    try:
        return [user, orders, await query('recs', 0.080, deadline)]
    except DeadlineTooShortError as error:
        print(f'dashboard: {error}: showing it without')
        return [user, orders]


async def main() -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    # #region one-deadline
    async with asyncio.timeout(0.100) as deadline:  # the caller's one deadline
        dashboard = await load_dashboard(deadline)  # each await inside is cancelled at 100 ms
    print(f'caller: {", ".join(dashboard)} after {(loop.time() - start) / 0.100:.2f} of its deadline')
    # #endregion one-deadline


asyncio.run(main())
