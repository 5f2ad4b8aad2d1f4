# DNS: loop.getaddrinfo runs the system resolver (so /etc/hosts applies) on the loop's thread pool.
import asyncio
import socket


async def main() -> None:
    loop = asyncio.get_running_loop()
    # #region dns
    addresses = await loop.getaddrinfo('localhost', None)
    print(f'localhost includes 127.0.0.1: {"true" if any(a[4][0] == "127.0.0.1" for a in addresses) else "false"}')

    # An IP literal is returned as is, without a query.
    [(family, *_)] = await loop.getaddrinfo('127.0.0.1', None, flags=socket.AI_NUMERICHOST, type=socket.SOCK_STREAM)
    print(f'127.0.0.1 is IPv{4 if family == socket.AF_INET else 6}')
    # #endregion dns


asyncio.run(main())
