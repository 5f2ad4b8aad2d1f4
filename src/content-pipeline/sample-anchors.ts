// Anchors of the samples on one page, unique per page. A sample's anchor is `sample-<region>` (or
// `sample-<file stem>` for a whole file). Where two samples on a page would share one, both get a
// qualified anchor (`sample-<stem>-<region>`), and the first keeps the short one as an alias, so a
// link made before the clash still lands where it did.
import { stemOf as stem } from '../formats/example-id.ts';

export interface ShownSample {
  file: string;
  region: string | undefined;
  /** Where the tag stands, for messages: `content/docs/x.mdx:12:1`. */
  where: string;
}

export interface SampleAnchor {
  anchor: string;
  /** A second id that keeps an older link working. */
  alias?: string;
}


function shortAnchor(s: ShownSample): string {
  return `sample-${s.region ?? stem(s.file)}`;
}

function qualifiedAnchor(s: ShownSample): string {
  return s.region === undefined ? `sample-${s.file.split('/').slice(0, -1).join('-')}-${stem(s.file)}` : `sample-${stem(s.file)}-${s.region}`;
}

/** One anchor per sample, in page order; throws when a page shows the same sample twice. */
export function assignAnchors(samples: ShownSample[]): SampleAnchor[] {
  const byShort = Map.groupBy(samples, shortAnchor);
  const seen = new Map<string, ShownSample>();
  return samples.map((s) => {
    const short = shortAnchor(s);
    const group = byShort.get(short) ?? [];
    const result: SampleAnchor = group.length === 1 ? { anchor: short } : { anchor: qualifiedAnchor(s), ...(group[0] === s ? { alias: short } : {}) };
    const earlier = seen.get(result.anchor);
    if (earlier) {
      throw new Error(
        `${s.where}: examples/${s.file}${s.region ? ` region "${s.region}"` : ''} is already shown on this page (${earlier.where}); show it once and link to #${result.anchor}`,
      );
    }
    seen.set(result.anchor, s);
    return result;
  });
}
