# UDP: one datagram to a local endpoint and one back, with datagram protocols.
import asyncio
from typing import cast


class Upper(asyncio.DatagramProtocol):
    """A server that answers each datagram in upper case."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # A datagram endpoint's transport is a DatagramTransport (typeshed names the base class).
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        self.transport.sendto(data.upper(), addr)


class Reply(asyncio.DatagramProtocol):
    """A client whose `reply` future resolves with the first datagram it receives."""

    def __init__(self) -> None:
        self.reply: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        if not self.reply.done():
            self.reply.set_result(data)


async def main() -> None:
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(Upper, local_addr=('127.0.0.1', 0))
    try:
        port: int = server.get_extra_info('sockname')[1]

        # #region udp
        client, protocol = await loop.create_datagram_endpoint(Reply, remote_addr=('127.0.0.1', port))
        try:
            client.sendto(b'ping')
            print(f'reply: {(await protocol.reply).decode()}')
        finally:
            client.close()
        # #endregion udp
    finally:
        server.close()


asyncio.run(main())
