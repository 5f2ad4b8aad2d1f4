# A task that fails and is never awaited does not end the program: asyncio only logs "Task
# exception was never retrieved" when the task is garbage-collected. The TypeScript twin
# (unhandled-rejection.ts) crashes instead. The mistake runs in a child interpreter, so this
# demonstration itself ends clean.
import asyncio
import sys


# #region fire-and-forget
async def save_draft() -> None:
    await asyncio.sleep(0.01)
    raise OSError('disk full')


async def main() -> None:
    asyncio.create_task(save_draft())  # no reference kept, never awaited
    await asyncio.sleep(0.1)
    print('main finished')  # printed: the failure was only logged
# #endregion fire-and-forget


async def launch() -> None:
    # #region run-child
    child = await asyncio.create_subprocess_exec(
        sys.executable, __file__, 'child',
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await child.communicate()
    printed = stdout.decode().strip() or '(nothing)'
    reported = 'Task exception was never retrieved' in stderr.decode()
    print(f'python3 child: exit code {child.returncode}, stdout {printed}, logged "Task exception was never retrieved" {reported}')
    # #endregion run-child


if sys.argv[1:] == ['child']:
    asyncio.run(main())
else:
    asyncio.run(launch())
