// The load run's record and pictures (src/capstone/load-record.ts): what <Timeline> gets from a
// record, the same drawn as text, the lanes, a refused record; and the committed record of the
// solution's run (records/capstone/under-load.json) is valid and passed every criterion.
import { describe, expect, it } from 'vitest';
import { readLoadRecord } from '../../../src/catalogue/capstone-load-record.ts';
import { DEFAULT_SETTINGS } from '../../../src/capstone/load-plan.ts';
import { laneText, loadTimelineGroups, parseLoadRecord, timelineText, type LoadRecord, type RecordedRequest } from '../../../src/capstone/load-record.ts';
import { timelineSvg } from '../../../src/pictures/timeline-svg.ts';
import { projectRoot } from '../../../src/cli/project-root.ts';

const request = (n: number, lane: number, start: number, end: number, outcome: string, phase: RecordedRequest['phase'] = 'before'): RecordedRequest => ({ n, lane, sku: 'mug', phase, start, end, outcome });

const record: LoadRecord = {
  run: { node: 'v24.21.0', platform: 'linux x64', cpus: 2, date: '2026-12-07' },
  settings: { ...DEFAULT_SETTINGS },
  service: { sigtermAt: 100, closedAt: 150, exitAt: 160, exitCode: 0 },
  requests: [
    request(0, 0, 0, 20, '200'),
    request(1, 1, 0, 90, '504 deadline_exceeded'),
    request(2, 0, 20, 40, '503 database_busy'),
    request(3, 0, 40, 60, '200'),
    request(4, 0, 100, 110, '503 shutting_down', 'after'),
    request(5, 1, 100, 102, 'refused', 'after'),
  ],
  upstreams: [],
  verdict: [],
};

describe('the load run record', () => {
  it('gives <Timeline> the service row (accepting, then draining from SIGTERM) and the requests of each kind sent last before SIGTERM, then those after', () => {
    expect(loadTimelineGroups(record)).toEqual([
      { name: 'service', spans: [{ task: 'accepting', start: 0, end: 100 }, { task: 'SIGTERM-draining', start: 100, end: 150 }] },
      { name: 'answered-200', spans: [{ task: '#0 200', start: 0, end: 20 }, { task: '#3 200', start: 40, end: 60 }] },
      { name: 'prices-too-late', spans: [{ task: '#1 504 deadline_exceeded', start: 0, end: 90 }] },
      { name: 'pool-ran-out', spans: [{ task: '#2 503 database_busy', start: 20, end: 40 }] },
      { name: 'after-SIGTERM', spans: [{ task: '#4 503 shutting_down', start: 100, end: 110 }, { task: '#5 refused', start: 100, end: 102 }] },
    ]);
    // The site's own drawing takes them as they are.
    expect(timelineSvg(loadTimelineGroups(record), 'ms from the first request').svg).toContain('SIGTERM draining');
  });

  it('draws the same groups as text, with SIGTERM as a column, and every request in its lane', () => {
    const text = timelineText(loadTimelineGroups(record), 100);
    expect(text[0]?.trimEnd().endsWith('SIGTERM at 100 ms')).toBe(true);
    expect(text).toContain('service');
    expect(text.find((line) => line.includes('#2 503 database_busy'))).toMatch(/#2 503 database_busy {2}\s*█+\s+\|$/);
    // 60 columns over 110 ms: SIGTERM's column (54) is drawn over the requests that start there.
    expect(laneText(record)[0]).toBe(`lane  ${' '.repeat(54)}SIGTERM`);
    expect(laneText(record).slice(1, 3)).toEqual([
      '   0  ==========bbbbbbbbbbb============                     |sssss',
      '   1  DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD    |r',
    ]);
  });

  it('refuses a record that is not one, naming the file, the field and the command', () => {
    expect(() => parseLoadRecord('{"run": {}}', 'records/capstone/under-load.json')).toThrow(/^records\/capstone\/under-load\.json: not a load run record \(run\.node: .*\): run npm run record:load-run to write it again$/);
  });

  it('the committed record is valid and its run passed every criterion', () => {
    const committed = readLoadRecord(projectRoot());
    expect(committed.verdict.filter((c) => !c.passed)).toEqual([]);
    // Each criterion carries its sentence, with the run's numbers in it (the page shows it).
    expect(committed.verdict.filter((c) => c.title.trim() === '').map((c) => c.id)).toEqual([]);
    expect(committed.verdict.find((c) => c.id === 'in-time')?.title).toContain(`DEADLINE_MS + ${committed.settings['marginMs']} ms margin`);
    expect(committed.requests).toHaveLength(committed.settings['requests'] ?? 0);
  });
});
