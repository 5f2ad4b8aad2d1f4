# Concurrency is not parallelism: one thread running one event loop keeps many requests in flight.
# A local server with 300 ms of artificial latency counts how many requests it serves at once; the
# TypeScript twin (in-flight.ts) asks it the same way with fetch.
import asyncio

in_flight = 0
peak_in_flight = 0


async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    global in_flight, peak_in_flight
    in_flight += 1
    peak_in_flight = max(peak_in_flight, in_flight)
    path = await reader.readline()
    await asyncio.sleep(0.3)  # the artificial latency
    in_flight -= 1
    writer.write(b'body of ' + path)
    writer.close()
    await writer.wait_closed()


async def main() -> None:
    global peak_in_flight
    server = await asyncio.start_server(serve, '127.0.0.1', 0)
    async with server:
        port: int = server.sockets[0].getsockname()[1]
        paths = ['a', 'b', 'c', 'd']

        async def get(path: str) -> bytes:
            reader, writer = await asyncio.open_connection('127.0.0.1', port)
            writer.write(path.encode() + b'\n')
            body = await reader.read()
            writer.close()
            await writer.wait_closed()
            return body

        # #region sequential
        for path in paths:
            await get(path)  # each request starts after the previous one answered
        print(f'sequential awaits: peak in flight {peak_in_flight}')
        # #endregion sequential

        peak_in_flight = 0

        # #region concurrent
        async with asyncio.TaskGroup() as group:  # all four start before any answers
            for path in paths:
                group.create_task(get(path))
        print(f'TaskGroup: peak in flight {peak_in_flight}')
        # #endregion concurrent


asyncio.run(main())
