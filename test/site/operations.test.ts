// The operations table as the page shows it, for whatever rows examples/operations/operations.json
// holds: the file is valid and every row has its program and region (loadOperations), and the page
// gives each row, in the file's order and once, a section whose anchor is the row's id, showing the
// row's region with its verified output, beside its asyncio program's in one <Pair> when it has one.
// A new row needs no edit here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/catalogue.ts';
import { projectRoot } from '../../src/cli/project-root.ts';
import { loadOperations } from '../../src/catalogue/operations.ts';

const PAGE = 'content/docs/reference/operations.mdx';

/** Each section of the page that shows an operation: its anchor, the row it names, the samples it shows. */
function pageSections(): { anchor: string; ids: string[]; samples: string[]; pairs: string[][] }[] {
  const slugger = new GithubSlugger();
  const source = readFileSync(path.join(projectRoot(), PAGE), 'utf8');
  return source
    .split(/^(?=## )/m)
    .slice(1)
    .map((section) => ({
      anchor: slugger.slug((/^## (.+)$/m.exec(section)?.[1] ?? '').replaceAll('`', '')),
      ids: [...section.matchAll(/<OperationSources id="([^"]+)" \/>/g)].map((m) => m[1] ?? ''),
      samples: [...section.matchAll(/<Example file="([^"]+)" region="([^"]+)"/g)].map((m) => `${m[1]}#${m[2]}`),
      pairs: [...section.matchAll(/<Pair>([\s\S]*?)<\/Pair>/g)].map((m) => [...(m[1] ?? '').matchAll(/<Example file="([^"]+)" region="([^"]+)"( slot="python")?/g)].map((e) => `${e[1]}#${e[2]}${e[3] ?? ''}`)),
    }))
    .filter((section) => section.ids.length > 0);
}

describe('examples/operations/operations.json on /reference/operations/', () => {
  const rows = loadOperations();
  const sections = pageSections();

  it('is valid, and every row has its example and region and every example its row', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  it('gives each row its own section, in the order of the file, once', () => {
    expect(sections.flatMap((section) => section.ids)).toEqual(rows.map((row) => row.id));
    expect(sections.every((section) => section.ids.length === 1)).toBe(true);
  });

  describe.each(rows)('row "$id"', (row) => {
    it('has a section anchored at its id that shows its region', () => {
      const section = sections.find((s) => s.ids.includes(row.id));
      expect(section?.anchor).toBe(row.id);
      expect(section?.samples).toContain(`${row.example}#${row.region}`);
    });

    it('shows a verified run of its region', () => {
      const sample = catalogue().sample(row.example, row.region);
      // sample() throws naming the fix when the record is missing or stale.
      expect(sample.record.run.node).toMatch(/^v\d+\.\d+\.\d+$/);
    });

    const twin = row.pythonExample;
    it.runIf(twin !== undefined)('shows its asyncio program beside it, in one <Pair>, with a verified run', () => {
      const section = sections.find((s) => s.ids.includes(row.id));
      expect(section?.pairs).toContainEqual([`${row.example}#${row.region}`, `${twin}#${row.region} slot="python"`]);
      expect(catalogue().sample(twin ?? '', row.region).record.run).toHaveProperty('python', expect.stringMatching(/^3\.11\.\d+$/));
    });

    it.runIf(twin === undefined)('says why it has no asyncio program, and shows none', () => {
      const section = sections.find((s) => s.ids.includes(row.id));
      expect(row.noPythonTwin).toBeTruthy();
      expect(section?.pairs).toEqual([]);
    });
  });
});
