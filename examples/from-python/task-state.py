# A task can be asked whether it is done and for its result, and the loop lists its running tasks.
# The TypeScript twin (task-state.ts) keeps that state itself: a promise cannot be asked.
import asyncio


async def fetch_user(user_id: int) -> str:
    await asyncio.sleep(0.01)
    return f'user {user_id}'


# #region state
async def main() -> None:
    task = asyncio.create_task(fetch_user(1))
    others = asyncio.all_tasks() - {asyncio.current_task()}
    print(f'done: {task.done()}, running: {len(others)}')
    await asyncio.wait([task])
    others = asyncio.all_tasks() - {asyncio.current_task()}
    print(f'done: {task.done()}, result: {task.result()}, running: {len(others)}')


asyncio.run(main())
# #endregion state
