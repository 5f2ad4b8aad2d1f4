// Newer Promise helpers: Promise.withResolvers (Node 22+) and Promise.try (Node 24 here).
// #region with-resolvers
// withResolvers hands out resolve/reject outside the executor: handy for events and queues.
const { promise: ready, resolve } = Promise.withResolvers<string>();
setTimeout(() => resolve('ready'), 10);
console.log('withResolvers:', await ready);
// #endregion with-resolvers

// #region try
function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port)) throw new TypeError(`not a port: ${text}`);
  return port;
}

// A sync throw inside Promise.try becomes a rejection, so one .catch handles both kinds of failure.
const port = await Promise.try(parsePort, 'eighty').catch((error: unknown) => `rejected: ${String(error)}`);
console.log('Promise.try:', port);
console.log('typeof Promise.try:', typeof Promise.try);
// #endregion try
