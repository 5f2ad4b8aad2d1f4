// The phases of one turn of Node's event loop, as the Node docs list them ("The Node.js Event
// Loop", https://nodejs.org/en/learn/asynchronous-work/event-loop-timers-and-nexttick), drawn as
// an SVG at build time: one box per phase, top to bottom, and the arrow back to the first. The same
// list is the diagram's text equivalent, so the words and the picture cannot drift apart.
import { coord, escapeXml, textWidth } from './svg.ts';

export interface Phase {
  name: string;
  /** What runs in it, in a few words. */
  runs: string;
}

export const LOOP_PHASES: readonly Phase[] = [
  { name: 'timers', runs: 'setTimeout, setInterval callbacks due' },
  { name: 'pending callbacks', runs: 'I/O callbacks deferred to this turn' },
  { name: 'idle, prepare', runs: 'libuv internals only' },
  { name: 'poll', runs: 'I/O callbacks; waits here for I/O' },
  { name: 'check', runs: 'setImmediate callbacks' },
  { name: 'close callbacks', runs: "'close' events, e.g. socket.on('close')" },
];

/** What happens between two callbacks, in any phase (the guide's "nextTick and microtasks" section). */
export const BETWEEN_CALLBACKS = 'between two callbacks, Node drains the process.nextTick and microtask queues';

export const WIDTH = 360;
const LEFT = 30;
const BOX = 44;
const GAP = 14;
const FONT = 13;

export function loopPhasesSvg(phases: readonly Phase[] = LOOP_PHASES): string {
  const boxWidth = WIDTH - LEFT - 2;
  for (const text of phases.flatMap((p) => [p.name, p.runs])) {
    if (textWidth(text, FONT) > boxWidth - 16) throw new Error(`"${text}" does not fit a phase box on a phone`);
  }
  const parts: string[] = [
    '<defs><marker id="loop-phases-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="currentColor"/></marker></defs>',
  ];
  phases.forEach((phase, i) => {
    const y = i * (BOX + GAP);
    parts.push(`<rect class="lp-box${phase.name === 'poll' ? ' lp-poll' : ''}" x="${LEFT}" y="${coord(y)}" width="${boxWidth}" height="${BOX}" rx="6"/>`);
    parts.push(`<text class="lp-name" x="${LEFT + 10}" y="${coord(y + 18)}">${escapeXml(phase.name)}</text>`);
    parts.push(`<text class="lp-runs" x="${LEFT + 10}" y="${coord(y + 35)}">${escapeXml(phase.runs)}</text>`);
    if (i < phases.length - 1) {
      const x = LEFT + boxWidth / 2;
      parts.push(`<line class="lp-arrow" x1="${x}" x2="${x}" y1="${coord(y + BOX)}" y2="${coord(y + BOX + GAP - 1)}" marker-end="url(#loop-phases-arrow)"/>`);
    }
  });
  const last = (phases.length - 1) * (BOX + GAP) + BOX / 2;
  // Back from the last phase to the first: the next turn.
  parts.push(`<path class="lp-arrow" d="M${LEFT} ${coord(last)}H10V${BOX / 2}H${LEFT - 1}" fill="none" marker-end="url(#loop-phases-arrow)"/>`);
  const height = phases.length * (BOX + GAP) - GAP + 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" aria-hidden="true" focusable="false" font-size="${FONT}" fill="currentColor">` +
    parts.join('') +
    '</svg>'
  );
}
