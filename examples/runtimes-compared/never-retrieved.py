# A task fails and nothing awaits it: asyncio logs "Task exception was never retrieved" when the
# task is collected, and the program carries on. The mistake runs in a child interpreter, so this
# program itself ends clean; it prints what the child printed.
import asyncio
import sys

# #region never-retrieved
CHILD = '''
import asyncio, gc

async def fail() -> None:
    raise RuntimeError('lost')

async def main() -> None:
    task = asyncio.create_task(fail())  # never awaited
    await asyncio.sleep(0.01)
    del task
    gc.collect()  # the log line comes when the task is collected
    print('the rest of the program ran: True')

asyncio.run(main())
'''
# #endregion never-retrieved


async def main() -> None:
    child = await asyncio.create_subprocess_exec(
        sys.executable, '-c', CHILD, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    stdout, stderr = await child.communicate()
    print(f'logged: {stderr.decode().splitlines()[0]}')
    print(f'exit code: {child.returncode}')
    print(stdout.decode().strip())


asyncio.run(main())
