# Timeout: asyncio.timeout (3.11) and wait_for cancel the work inside and raise TimeoutError.
import asyncio


async def slow() -> str:
    try:
        await asyncio.sleep(2)
        return 'finished'
    except asyncio.CancelledError:
        print('slow(): cancelled')
        raise  # let the cancellation through: the timeout relies on it


async def main() -> None:
    # #region timeout
    try:
        async with asyncio.timeout(0.05):
            await slow()
    except TimeoutError as error:
        print(f'asyncio.timeout: {type(error).__name__}')

    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except TimeoutError as error:
        print(f'asyncio.wait_for: {type(error).__name__}')
    # #endregion timeout


asyncio.run(main())
