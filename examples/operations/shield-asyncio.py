# Shield: the caller stops waiting, but the work it shielded carries on.
import asyncio


async def main() -> None:
    # #region shield
    saved = False

    async def save() -> None:
        nonlocal saved
        await asyncio.sleep(0.03)
        saved = True

    # Keep a reference to the task: the loop holds tasks only weakly.
    saving = asyncio.create_task(save())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.shield(saving)  # the timeout cancels the shield, not the task
    except TimeoutError:
        print(f'caller gave up: TimeoutError; saved yet: {saved}')
    await saving
    print(f'saved in the end: {saved}')
    # #endregion shield


asyncio.run(main())
