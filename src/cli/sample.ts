import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The sample story that ships with leads, one file per lead, in transmission order. */
export const SAMPLE_STORY_DIR = fileURLToPath(new URL('../../stories/quake-demo/', import.meta.url));

export interface LeadFile {
  readonly name: string;
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** The lead files of a story folder, sorted by name (00.txt, 01.txt, ...). */
export async function readStoryFolder(dir: string): Promise<LeadFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      return { name, path, bytes: await readFile(path) };
    }),
  );
}
