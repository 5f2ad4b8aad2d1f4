# asyncio's everyday calls, the other half of vocabulary.ts: the same three steps, in the same
# order, with the same results.
import asyncio


async def fetch_user(user_id: int) -> str:
    await asyncio.sleep(0.02 * user_id)
    return f'user {user_id}'


async def main() -> None:
    # #region create-task
    first = asyncio.create_task(fetch_user(1))  # scheduled: it runs at main's next await
    # #endregion create-task

    # #region gather
    users = await asyncio.gather(first, fetch_user(2), fetch_user(3))
    print(', '.join(users))
    # #endregion gather

    # #region wait-for
    try:
        async with asyncio.timeout(0.05):  # 3.11+; asyncio.wait_for(fetch_user(10), 0.05) before
            await fetch_user(10)
    except TimeoutError as error:
        print(f'fetch_user(10): {type(error).__name__}, raised over {type(error.__context__).__name__}')
    # #endregion wait-for


asyncio.run(main())  # Python needs a loop made for it; Node runs one by itself
