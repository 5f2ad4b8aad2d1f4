// The zip archive of a sample and the files it needs: what a sample's "download the files" serves.
// fflate writes it; this module fixes what makes two builds' bytes differ (the entries' dates) and
// refuses names that would unpack outside the folder.
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  /** Path inside the archive, with forward slashes. */
  name: string;
  content: string;
}

// 1980-01-01 00:00, the earliest date a zip can hold, for every entry on every build. fflate writes
// an entry's date from the local-time fields of `mtime`, so a local-time Date is the same in every zone.
const FIXED_MTIME = new Date(1980, 0, 1);

// Made on Unix, a regular file, rw-r--r--: what the files are when unpacked.
const UNIX = 3;
const REGULAR_FILE_644 = 0o100644 << 16;

export function zip(entries: ZipEntry[]): Uint8Array<ArrayBuffer> {
  const files: Zippable = {};
  for (const entry of entries) {
    if (entry.name.startsWith('/') || entry.name.split('/').includes('..')) throw new Error(`zip: unsafe entry name ${entry.name}`);
    files[entry.name] = strToU8(entry.content);
  }
  return zipSync(files, { mtime: FIXED_MTIME, os: UNIX, attrs: REGULAR_FILE_644 });
}
