// `/examples/<folder>/<file>.zip`: an example that uses other local files, with those files, at
// their paths under examples/ (src/lib/sample-files.ts), for readers to unpack and run as is.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { catalogue } from '../../../catalogue/catalogue.ts';
import { sampleFiles } from '../../../lib/sample-files.ts';
import { zip } from '../../../lib/zip.ts';

export const getStaticPaths = (() =>
  catalogue()
    .programs()
    .flatMap((id) => {
      const files = sampleFiles(id, catalogue().file(id).dependencies);
      return files ? [{ params: { folder: id.split('/')[0], archive: files.archive }, props: { paths: files.paths } }] : [];
    })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { paths } = props as { paths: string[] };
  // The files as they are in the repository: they run as is (the region markers are comments).
  const entries = paths.map((name) => ({ name, content: readFileSync(path.join(catalogue().root, name), 'utf8') }));
  return new Response(zip(entries), { headers: { 'content-type': 'application/zip' } });
};
