# HTTP client: aiohttp (third party: the standard library has no async HTTP client), against a
# local aiohttp server that answers with the path it was asked for.
import asyncio

import aiohttp
from aiohttp import web


async def echo_path(request: web.Request) -> web.Response:
    await asyncio.sleep(0.01)
    return web.Response(text=request.path_qs)


async def main() -> None:
    app = web.Application()
    app.router.add_get('/{tail:.*}', echo_path)
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        await web.TCPSite(runner, '127.0.0.1', 0).start()
        port: int = runner.addresses[0][1]
        url = f'http://127.0.0.1:{port}/'

        # #region http-client
        # One session per program: it holds the connection pool, closed by async with.
        async with aiohttp.ClientSession(base_url=url) as session:
            async with session.get('/greeting', params={'lang': 'en'}) as response:
                print(f'status: {response.status}')
                print(f'body: {await response.text()}')
        # #endregion http-client
    finally:
        await runner.cleanup()


asyncio.run(main())
