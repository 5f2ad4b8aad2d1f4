// Feature: `Promise.try`
// Requires: Node 24+ (`Promise.try`)
// Source: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Promise/try
// Fallback: `new Promise((resolve) => resolve(f()))`, which also turns a synchronous throw into a rejection
// Promise.try turns a synchronous throw into a rejection, so one .catch (or allSettled) handles both.
function parse(text: string): unknown {
  return JSON.parse(text);
}

const results = await Promise.allSettled([Promise.try(parse, '{"ok":true}'), Promise.try(parse, '{oops')]);
for (const result of results) {
  console.log(result.status === 'fulfilled' ? `fulfilled: ${JSON.stringify(result.value)}` : `rejected: ${(result.reason as Error).name}`);
}
