# TCP: an echo server and a client on 127.0.0.1, with asyncio's streams.
import asyncio


async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    # Every byte a client sends comes straight back; the server ends its side when the client does.
    writer.write(await reader.read())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main() -> None:
    # async with closes the server when the block ends.
    async with await asyncio.start_server(echo, '127.0.0.1', 0) as server:
        port: int = server.sockets[0].getsockname()[1]

        # #region tcp
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        writer.write(b'hello over TCP')
        writer.write_eof()

        # read() with no limit reads until the server closes its side.
        echoed = await reader.read()
        print(f'echoed: {echoed.decode()}')
        writer.close()
        await writer.wait_closed()
        # #endregion tcp


asyncio.run(main())
