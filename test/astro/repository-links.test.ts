import { describe, expect, it } from 'vitest';
import { repositoryLinks } from '../../src/astro/repository-links.ts';

describe('repositoryLinks', () => {
  it('gives nothing when no repository is configured', () => {
    expect(repositoryLinks(undefined)).toBeUndefined();
    expect(repositoryLinks('')).toBeUndefined();
  });
  it('derives home, issues, edit and source links', () => {
    const links = repositoryLinks('https://github.com/acme/awaited.git/');
    expect(links?.home).toBe('https://github.com/acme/awaited');
    expect(links?.issues).toBe('https://github.com/acme/awaited/issues/new');
    expect(links?.editBase).toBe('https://github.com/acme/awaited/edit/main/');
    expect(links?.source('examples/lib/semaphore.ts', 12)).toBe('https://github.com/acme/awaited/blob/main/examples/lib/semaphore.ts#L12');
    expect(links?.source('/examples/lib/semaphore.ts')).toBe('https://github.com/acme/awaited/blob/main/examples/lib/semaphore.ts');
  });
  it('refuses what is not an https URL', () => {
    expect(() => repositoryLinks('git@github.com:acme/awaited.git')).toThrow('must be an absolute URL');
    expect(() => repositoryLinks('http://example.com/a/b')).toThrow('must be an https URL');
  });
});
