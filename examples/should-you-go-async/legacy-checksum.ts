// Stands in for a sync-only dependency: a library function that computes for a while and returns,
// with no async API. (Real ones: image resizers, PDF generators, node:sqlite's DatabaseSync.)
import { pbkdf2Sync } from 'node:crypto';

export function checksumSync(input: string): string {
  return pbkdf2Sync(input, 'salt', 500_000, 16, 'sha256').toString('hex');
}
