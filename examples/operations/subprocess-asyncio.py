# Subprocess: run a program (here Python itself) and await its output and exit code.
import asyncio
import sys


async def main() -> None:
    # #region subprocess
    # communicate() awaits the whole output and the exit.
    child = await asyncio.create_subprocess_exec(
        sys.executable, '-c', 'print("hello from the child")', stdout=asyncio.subprocess.PIPE
    )
    stdout, _ = await child.communicate()
    print(f'stdout: {stdout.decode().strip()}')

    # wait() awaits the exit code; a nonzero one is a value, not an exception.
    child = await asyncio.create_subprocess_exec(sys.executable, '-c', 'raise SystemExit(3)')
    print(f'exit code: {await child.wait()}')
    # #endregion subprocess


asyncio.run(main())
