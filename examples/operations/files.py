# Files: the standard library has no async file API; asyncio.to_thread runs each blocking call on a
# thread, so the loop stays free meanwhile. The temporary folder is removed afterwards.
import asyncio
import tempfile
from pathlib import Path


def append(file: Path, text: str) -> None:
    with file.open('a') as stream:
        stream.write(text)


async def main() -> None:
    # #region files
    with tempfile.TemporaryDirectory(prefix='awaited-') as folder:
        file = Path(folder) / 'notes.txt'
        await asyncio.to_thread(file.write_text, 'first line\n')
        await asyncio.to_thread(append, file, 'second line\n')
        text = await asyncio.to_thread(file.read_text)
        print(f'lines: {len(text.splitlines())}')
        names = await asyncio.to_thread(lambda: [path.name for path in Path(folder).iterdir()])
        print(f'files: {", ".join(names)}')
    # #endregion files


asyncio.run(main())
