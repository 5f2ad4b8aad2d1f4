// Deno: --allow-net
// DNS: dns/promises. lookup() asks the operating system (getaddrinfo, on libuv's thread pool),
// so it honours /etc/hosts and needs no network for 'localhost'.
import { lookup } from 'node:dns/promises';

// #region dns
const addresses = await lookup('localhost', { all: true });
console.log(`localhost includes 127.0.0.1: ${addresses.some((a) => a.address === '127.0.0.1')}`);

// An IP literal is returned as is, without a query.
const literal = await lookup('127.0.0.1');
console.log(`127.0.0.1 is IPv${literal.family}`);
// #endregion dns
