// `/examples/<folder>/<file>.zip`: an example that uses other local files, with those files, at
// their paths under examples/ (src/downloads/sample-files.ts), for readers to unpack and run as is.
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogue, type FileEntry } from '../../../catalogue/catalogue.ts';
import { folderOf } from '../../../formats/example-id.ts';
import { zip } from '../../../downloads/zip.ts';

export const getStaticPaths = (() =>
  catalogue()
    .programs()
    .flatMap((id) => {
      const files = catalogue().download(id);
      return files ? [{ params: { folder: folderOf(id), archive: files.archive }, props: { entries: files.entries } }] : [];
    })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entries } = props as { entries: FileEntry[] };
  return new Response(zip(entries), { headers: { 'content-type': 'application/zip' } });
};
