// Feature: `Error.isError`
// Requires: Node 24.3+ (`Error.isError`, a `DOMException` included)
// Source: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Error/isError
// Fallback: `util.types.isNativeError()`, which also works across realms and recognises a `DOMException` on 22
// An error made in another realm (a vm context, say) fails `instanceof Error`; Error.isError still
// recognises it, and a DOMException (an error the platform makes), and rejects look-alike objects.
import vm from 'node:vm';

const foreign: unknown = vm.runInNewContext('new Error("from another realm")');
const lookalike = { name: 'Error', message: 'just an object' };

console.log(`instanceof Error: ${foreign instanceof Error}`);
console.log(`Error.isError(foreign): ${Error.isError(foreign)}`);
console.log(`Error.isError(new DOMException()): ${Error.isError(new DOMException('aborted', 'AbortError'))}`);
console.log(`Error.isError(lookalike): ${Error.isError(lookalike)}`);
