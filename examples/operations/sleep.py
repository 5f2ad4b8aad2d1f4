# Sleep: asyncio.sleep, and a repeating timer written as a loop (asyncio has no interval).
import asyncio


async def main() -> None:
    # #region sleep
    # The second argument is what the sleep returns.
    value = await asyncio.sleep(0.02, 'woke up after 20 ms')
    print(value)

    # No interval object: a loop that sleeps is one, and it stops when the loop ends.
    for ticks in range(1, 4):
        await asyncio.sleep(0.01)
        print(f'tick {ticks}')
    # #endregion sleep


asyncio.run(main())
