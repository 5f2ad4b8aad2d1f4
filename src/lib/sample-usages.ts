// Finds the <Example file="…" region="…"> tags in a page's source, with their lines, so a broken
// reference can be reported as `page.mdx:LINE` before anything is rendered.

export interface SampleUsage {
  file: string;
  region: string | undefined;
  /** 1-based line of the tag in the page source. */
  line: number;
}

const TAG = /<Example\b([^>]*?)\/?>/g;

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes)?.slice(1).find((v) => v !== undefined);
}

export function findSampleUsages(source: string): SampleUsage[] {
  return [...source.matchAll(TAG)].map((match) => {
    const attributes = match[1] ?? '';
    return {
      file: attribute(attributes, 'file') ?? '',
      region: attribute(attributes, 'region'),
      line: source.slice(0, match.index).split('\n').length,
    };
  });
}
