# One core, two colours, in Python: the logic is a generator that yields the I/O it needs; a sync
# runner and an async runner drive it. Only the runners have a colour.
import asyncio
import json
import tempfile
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Config = dict[str, Any]


# #region core
@dataclass
class ReadRequest:
    """An I/O request the core yields; the runner performs it and sends the text back."""

    file: Path


def load_config(file: Path) -> Generator[ReadRequest, str, Config]:
    """The logic, once: read a config and the files it includes. No I/O happens in here."""
    config: Config = json.loads((yield ReadRequest(file)))  # "please read this file for me"
    merged: Config = {}
    for included in config.pop('include', []):
        merged |= yield from load_config(file.parent / included)
    return merged | config
# #endregion core


# #region runners
def run_sync(core: Generator[ReadRequest, str, Config]) -> Config:
    try:
        request = next(core)
        while True:
            request = core.send(request.file.read_text())
    except StopIteration as done:
        return done.value


async def run_async(core: Generator[ReadRequest, str, Config]) -> Config:
    try:
        request = next(core)
        while True:
            # No async file API in the standard library: the read runs on a thread.
            request = core.send(await asyncio.to_thread(request.file.read_text))
    except StopIteration as done:
        return done.value


def load_config_sync(file: Path) -> Config:
    return run_sync(load_config(file))


async def load_config_async(file: Path) -> Config:
    return await run_async(load_config(file))
# #endregion runners


async def main() -> None:
    with tempfile.TemporaryDirectory(prefix='one-core-') as folder:
        (Path(folder) / 'base.json').write_text(json.dumps({'retries': 3, 'region': 'eu'}))
        (Path(folder) / 'app.json').write_text(json.dumps({'include': ['base.json'], 'region': 'us', 'port': 8080}))
        # #region use
        app = Path(folder) / 'app.json'
        sync = load_config_sync(app)  # callable from plain code
        in_async = await load_config_async(app)  # awaitable in a coroutine, never blocking the loop
        print(f'sync:  {json.dumps(sync)}')
        print(f'async: {json.dumps(in_async)}')
        print(f'equal: {sync == in_async}')
        # #endregion use


asyncio.run(main())
