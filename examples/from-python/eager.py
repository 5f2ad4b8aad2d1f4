# Calling a coroutine function only creates a coroutine object: nothing in its body runs until it
# is awaited or wrapped in a task. The TypeScript twin (eager.ts) runs its body during the call.
import asyncio


# #region eager
async def fetch_report() -> str:
    print('A: started')  # runs only once the coroutine is awaited
    await asyncio.sleep(0.01)
    print('A: resumed')
    return 'report'


async def main() -> None:
    pending = fetch_report()  # a coroutine object: nothing has run yet
    print('caller continues')
    print(f'result: {await pending}')


asyncio.run(main())
# #endregion eager
