// What an exercise README gives once it is valid: the frontmatter (quotes dropped), the task's
// paragraphs and the hints, each joined into one line. Its refusals are fixture tests in
// test/exercises/catalogue.test.ts.
import { describe, expect, it } from 'vitest';
import { parseReadme } from '../../src/exercises/readme.ts';

const readme = `---
title: Wait for every save
page: guides/async-vs-sync
section: 'loops'
---

\`saveAll\` should resolve once
every item is saved.

Second paragraph.

## Hints

- First hint,
  continued.
- Second hint.
`;

describe('parseReadme', () => {
  it('reads the frontmatter, the task paragraphs and the hints', () => {
    expect(parseReadme('x/README.md', readme)).toEqual({
      title: 'Wait for every save',
      page: 'guides/async-vs-sync',
      section: 'loops',
      task: ['`saveAll` should resolve once every item is saved.', 'Second paragraph.'],
      hints: ['First hint, continued.', 'Second hint.'],
    });
  });

  it('reads Windows line ends alike', () => {
    expect(parseReadme('x/README.md', readme.replaceAll('\n', '\r\n'))).toEqual(parseReadme('x/README.md', readme));
  });
});
