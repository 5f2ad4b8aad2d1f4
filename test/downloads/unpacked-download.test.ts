// npm in an unpacked download sees the environment a reader's shell gives it, not the settings an
// enclosing `npm run` exported for this project; npm's cache stays, so installs stay fast.
import { describe, expect, it } from 'vitest';
import { readerEnv } from '../../src/downloads/unpacked-download.ts';

describe('readerEnv', () => {
  it('drops what npm run exported, keeps the cache and the rest of the environment', () => {
    const env = readerEnv({
      PATH: '/usr/bin',
      HOME: '/home/r',
      npm_config_cache: '/home/r/.npm',
      npm_config_local_prefix: '/work/awaited',
      npm_package_name: 'awaited',
      npm_lifecycle_event: 'test',
      NODE_OPTIONS: '--import x',
    });
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/home/r', npm_config_cache: '/home/r/.npm', npm_config_update_notifier: 'false', NODE_OPTIONS: '' });
  });
});
