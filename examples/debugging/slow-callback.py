# asyncio's debug mode (python -X dev, PYTHONASYNCIODEBUG=1 or asyncio.run(debug=True)) logs each
# callback or task step that runs longer than loop.slow_callback_duration (0.1 s). The blocking code
# runs in a child interpreter in debug mode; this program reads what the child logged.
import asyncio
import re
import sys

# #region slow-callback
CHILD = '''
import asyncio, time

async def handler() -> None:
    time.sleep(0.2)  # blocks the loop: a sync call in a coroutine

asyncio.run(handler(), debug=True)
'''
# #endregion slow-callback


async def main() -> None:
    child = await asyncio.create_subprocess_exec(sys.executable, '-c', CHILD, stderr=asyncio.subprocess.PIPE)
    _, stderr = await child.communicate()
    # The line reads "Executing <Task … coro=<handler() …> …> took 0.201 seconds".
    logged = re.search(r'^Executing <Task .*coro=<(\w+)\(\).* took (\d+\.\d+) seconds$', stderr.decode(), re.MULTILINE)
    assert logged is not None, stderr.decode()
    print(f'debug mode logged: {logged[1]}() took {float(logged[2]):.2f} seconds')


asyncio.run(main())
