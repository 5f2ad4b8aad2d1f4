# A forgotten await in Python: the coroutine's body never runs, and CPython warns
# "RuntimeWarning: coroutine ... was never awaited" (with no debug mode) when the coroutine object is
# collected. The mistake runs in a child interpreter, so this program itself ends clean.
import asyncio
import sys

# #region never-awaited
CHILD = '''
import asyncio

saved = False

async def save() -> None:
    global saved
    saved = True

async def main() -> None:
    save()  # the await is missing
    print(f'saved: {saved}')

asyncio.run(main())
'''
# #endregion never-awaited


async def main() -> None:
    child = await asyncio.create_subprocess_exec(
        sys.executable, '-c', CHILD, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    stdout, stderr = await child.communicate()
    print(stdout.decode().strip())
    # The warning's line starts with where it happened ("<string>:11: "); keep what it says.
    warnings = [line.split(': ', 1)[1] for line in stderr.decode().splitlines() if 'was never awaited' in line]
    print(f'warned: {" | ".join(warnings)}')
    print(f'exit code: {child.returncode}')


asyncio.run(main())
