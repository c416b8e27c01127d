import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The state of a store's story refs, read from a few file stats and no git
 * process: any ref update changes it (a loose ref is written by creating and
 * renaming a lock file in refs/leads/, packing rewrites packed-refs, a
 * reftable store rewrites tables.list). Caches of what the refs say (the
 * web view's story list, the slug index) are keyed on it.
 */
export interface RefsStamp {
  readonly key: string;
  /**
   * Whether the newest change is older than a file-time tick: a change
   * within the same tick could leave the stamp as it was, so a cache built
   * on an unsettled stamp is read again next time.
   */
  readonly settled: boolean;
}

/** Coarser than any file-time granularity a store lives on (ext4 ticks in ms, some file systems in 1 s). */
const TICK_MS = 1_100;

const WATCHED = ['packed-refs', 'refs/leads', 'reftable/tables.list'];

export function refsStamp(dir: string, now = Date.now()): RefsStamp {
  let newest = 0;
  const parts = WATCHED.map((name) => {
    try {
      const info = statSync(join(dir, name), { bigint: true });
      newest = Math.max(newest, Number(info.mtimeMs));
      return `${info.ino}:${info.size}:${info.mtimeNs}`;
    } catch {
      return '-';
    }
  });
  return { key: parts.join('|'), settled: now - newest > TICK_MS };
}

/** How many story refs are loose files (not in packed-refs); a store written elsewhere may have thousands. */
export function looseStoryRefs(dir: string): number {
  try {
    return readdirSync(join(dir, 'refs/leads')).filter((name) => !name.endsWith('.lock')).length;
  } catch {
    return 0;
  }
}
