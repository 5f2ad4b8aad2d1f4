// The piscina task file for sync-dependency.ts: it re-exports the sync function unchanged, so the
// pool can call it in a worker thread. Run directly it only defines a function.
export { checksumSync as default } from './legacy-checksum.ts';
