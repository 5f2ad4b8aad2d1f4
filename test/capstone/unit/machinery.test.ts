// The capstone machinery's pure parts (src/capstone/): step folders and arguments, the README's
// page, the overlay, the log lines, what the learner reads; and the catalogue on the repository's
// own capstone/. They start nothing, so they run in the `unit` project (npm test).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCapstoneCatalogue } from '../../../src/capstone/catalogue.ts';
import { describeStepGrade } from '../../../src/capstone/describe.ts';
import { listeningUrl, parseLogLines } from '../../../src/capstone/logs.ts';
import { overlay } from '../../../src/capstone/overlay.ts';
import { parseStepReadme } from '../../../src/capstone/readme.ts';
import { findStep, stepIds } from '../../../src/capstone/steps.ts';
import { projectRoot } from '../../../src/cli/project-root.ts';

const ids = stepIds(['README.md', '2-calling-upstreams', '1-first-endpoint', '10-later', 'lib', '3-deadlines']);

describe('capstone steps', () => {
  it('are the N-slug folders, in number order', () => {
    expect(ids.map((id) => id.folder)).toEqual(['1-first-endpoint', '2-calling-upstreams', '3-deadlines', '10-later']);
  });

  it('are found by build/N, build/slug, N or the folder; anything else is refused with the choices', () => {
    for (const argument of ['build/3', 'build/deadlines', '3', '3-deadlines', 'build/3/']) expect(findStep(ids, argument).folder).toBe('3-deadlines');
    expect(() => findStep(ids, 'build/9')).toThrow('there is no capstone step "build/9"; the steps are build/1 (first-endpoint), build/2 (calling-upstreams), build/3 (deadlines), build/10 (later)');
  });
});

describe('a step README', () => {
  const id = { number: 3, slug: 'deadlines', folder: '3-deadlines' };
  const readme = (page: string): string => `---\ntitle: Deadlines\npage: ${page}\nsection: one-deadline\n---\n\nThe task.\n\n## Hints\n\n- A hint.\n`;

  it('names its own page', () => {
    expect(parseStepReadme('capstone/steps/3-deadlines/README.md', readme('build/deadlines'), id)).toMatchObject({ title: 'Deadlines', section: 'one-deadline', hints: ['A hint.'] });
  });

  it('naming another page is refused at its line', () => {
    expect(() => parseStepReadme('capstone/steps/3-deadlines/README.md', readme('build/shutdown'), id)).toThrow(
      'capstone/steps/3-deadlines/README.md:3: frontmatter "page: build/shutdown" is not this step\'s page: write "page: build/deadlines" (the folder 3-deadlines is step 3 of /build/)',
    );
  });

  it('is refused like an exercise README when its frontmatter is wrong', () => {
    expect(() => parseStepReadme('capstone/steps/3-deadlines/README.md', readme('build/deadlines').replace('title: Deadlines\n', ''), id)).toThrow(
      'capstone/steps/3-deadlines/README.md:1: frontmatter needs "title:", the exercise\'s title',
    );
  });
});

describe('overlay', () => {
  it('lays each solution over the start in order, later files replacing earlier ones, and leaves out a tsconfig.json', () => {
    const start = new Map([
      ['main.ts', 'start main'],
      ['app.ts', 'start app'],
    ]);
    const one = new Map([
      ['app.ts', 'app 1'],
      ['database.ts', 'db 1'],
      ['tsconfig.json', '{}'],
    ]);
    const two = new Map([['app.ts', 'app 2']]);
    expect([...overlay(start, [one, two])]).toEqual([
      ['app.ts', 'app 2'],
      ['database.ts', 'db 1'],
      ['main.ts', 'start main'],
    ]);
    expect(start.get('app.ts')).toBe('start app');
  });
});

describe('log lines', () => {
  it('parses JSON lines, keeps any other line as text, and finds the listening URL', () => {
    const lines = parseLogLines('{"msg":"listening","url":"http://127.0.0.1:4000"}\nnot json\n\n[1]\n');
    expect(lines).toEqual([{ msg: 'listening', url: 'http://127.0.0.1:4000' }, { text: 'not json' }, { text: '[1]' }]);
    expect(lines.map(listeningUrl)).toEqual(['http://127.0.0.1:4000', undefined, undefined]);
  });
});

describe('what the learner reads', () => {
  const id = { number: 3, slug: 'deadlines', folder: '3-deadlines' };
  const task = { title: 'Deadlines', page: 'build/deadlines', section: 'one-deadline', task: ['The task.'], hints: ['A hint.'] };

  it('says per check what is wrong and the section to read', () => {
    const text = describeStepGrade(
      id,
      task,
      'capstone/service',
      {
        kind: 'checked',
        checks: [
          { name: 'first', ok: true, section: 'one-deadline' },
          { name: 'second', ok: false, message: 'it answered 200', section: 'passing-the-signal-down' },
        ],
      },
      { base: 'https://awaited.dev' },
    );
    expect(text).toContain('✗ 1 of 2 checks still fails for capstone/service:\n  ✓ first\n  ✗ second\n      it answered 200\n      Read: https://awaited.dev/build/deadlines/#passing-the-signal-down\n');
    expect(text).toContain('Stuck? Compare with capstone/steps/3-deadlines/solution/');
  });

  it('says when it is done', () => {
    expect(describeStepGrade(id, task, 'capstone/service', { kind: 'checked', checks: [{ name: 'first', ok: true, section: 'x' }] })).toBe(
      'Capstone step 3 (build/3): Deadlines\n✓ done: capstone/service passes the one check of this step. Next: step 4.\n',
    );
  });
});

describe("the repository's capstone", () => {
  const root = projectRoot();
  const capstone = createCapstoneCatalogue(root);

  it('has steps numbered from 1 whose READMEs are valid and name their page, each with a check.ts', () => {
    const steps = capstone.steps();
    expect(steps.map((step) => step.id.number)).toEqual(steps.map((_, index) => index + 1));
    for (const step of steps) expect(readdirSync(step.dir)).toContain('check.ts');
  });

  it('starts from capstone/service/ and grows by each solution', () => {
    expect([...capstone.treeAfter(0).keys()]).toEqual(readdirSync(path.join(root, 'capstone', 'service')).sort());
    const finished = capstone.treeAfter(6);
    expect([...finished.keys()]).toEqual(['app.ts', 'config.ts', 'context.ts', 'database.ts', 'deadline.ts', 'errors.ts', 'limiter.ts', 'main.ts', 'retry.ts', 'shutdown.ts', 'upstreams.ts']);
  });
});
