# Blocking work: CPU-bound code runs in another process (threads share the GIL), so the loop
# stays free. The pool starts this file again in each worker, hence the __main__ guard.
import asyncio
from concurrent.futures import ProcessPoolExecutor


def fibonacci(n: int) -> int:
    return n if n < 2 else fibonacci(n - 1) + fibonacci(n - 2)


async def main() -> None:
    # #region blocking-work
    # Count the loop's timer ticks while the other process computes.
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.005)
            ticks += 1

    ticker = asyncio.create_task(tick())
    try:
        with ProcessPoolExecutor(max_workers=1) as pool:
            result = await asyncio.get_running_loop().run_in_executor(pool, fibonacci, 27)
    finally:
        ticker.cancel()
    print(f'fibonacci(27) = {result}')
    print(f'loop ticks while the other process computed: {ticks}')
    # #endregion blocking-work


if __name__ == '__main__':
    asyncio.run(main())
