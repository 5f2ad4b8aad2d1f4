// Feature: `process.getBuiltinModule()`
// Source: https://nodejs.org/docs/latest-v24.x/api/process.html#processgetbuiltinmoduleid
// Fallback: none needed on 22.3+; before that, a static `import` of the built-in
// Loads a built-in module synchronously from code that cannot use `import` (a CommonJS file, or
// code that must also run where the module does not exist), and returns undefined for an unknown id.
const fs = process.getBuiltinModule('node:fs');
console.log(`node:fs has readFileSync: ${typeof fs.readFileSync === 'function'}`);
// Typed for known ids only; an id a newer Node knows gives undefined on this one.
const missing: unknown = process.getBuiltinModule('node:no-such-module' as 'node:fs');
console.log(`unknown id: ${missing === undefined ? 'undefined' : 'a module'}`);
