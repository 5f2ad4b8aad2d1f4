# asyncio.to_thread runs a function in another thread of the same interpreter: it gets your objects
# themselves, and its changes are yours. The TypeScript twin (shared-or-copied.ts) shows a worker
# thread getting a copy.
import asyncio


def add_total(prices: list[int]) -> list[int]:
    prices.append(sum(prices))  # changes the caller's list
    return prices


# #region copied
async def main() -> None:
    prices = [20, 22]
    from_thread = await asyncio.to_thread(add_total, prices)  # the thread gets the list itself
    print(f"the thread's list: {', '.join(map(str, from_thread))}")
    print(f"your list: {', '.join(map(str, prices))}")


asyncio.run(main())
# #endregion copied
