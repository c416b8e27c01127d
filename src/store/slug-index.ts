import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from './errors.js';
import type { GitRunner } from './git.js';
import { packRefs, refTimes, STORY_PREFIX } from './git-commands.js';
import { withStoreLock } from './lock.js';
import { looseStoryRefs, refsStamp } from './refs-state.js';
import { isDatedIdOf, isStoryId } from './story-id.js';

/**
 * The slug index: which stories moved on which day, so that finding the
 * story a slug continues reads a day or two of entries and the few tips
 * they name, never every ref. It lives beside the refs, in
 * `leads-index/days/YYYYMMDD` (UTC), one `story<TAB>seconds` line per
 * move; `leads-index/state.json` holds the refs' stamp it was last brought
 * up to date with. Refs stay the truth: every candidate's tip is read back
 * before it is used, and a stamp that differs (refs moved by git itself, an
 * older leads, a clone, a process killed between its ref update and its
 * index entry) has the index rebuilt from the refs under the store lock.
 *
 * The same lock-holder packs refs once 100 loose ones have accumulated, so
 * that a store written elsewhere with every ref loose is packed by its first write.
 */

const INDEX_DIR = 'leads-index';
const VERSION = 1;
/** Loose story refs that make the next ref update pack them all. */
export const PACK_AFTER = 100;

interface IndexState {
  readonly version: number;
  readonly stamp: string;
  /** Story refs written loose since the last pack. */
  readonly loose: number;
}

/** A story whose ref now points at a lead of this time. */
export interface Moved {
  readonly story: string;
  readonly seconds: number;
}

const stateFile = (dir: string) => join(dir, INDEX_DIR, 'state.json');
const daysDir = (dir: string) => join(dir, INDEX_DIR, 'days');

/** `YYYYMMDD` (UTC) of a time in seconds; null for a time no day file can hold (before year 0, after 9999). */
export function dayOf(seconds: number): string | null {
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) return null;
  const day = date.toISOString().slice(0, 10).replaceAll('-', '');
  return /^\d{8}$/.test(day) ? day : null;
}

function readState(dir: string): IndexState | null {
  try {
    const state = JSON.parse(readFileSync(stateFile(dir), 'utf8')) as IndexState;
    return state.version === VERSION && typeof state.stamp === 'string' ? state : null;
  } catch {
    return null;
  }
}

function writeState(dir: string, loose: number): void {
  const state: IndexState = { version: VERSION, stamp: refsStamp(dir).key, loose };
  const temp = `${stateFile(dir)}.${process.pid}`;
  writeFileSync(temp, `${JSON.stringify(state)}\n`);
  renameSync(temp, stateFile(dir));
}

function dropState(dir: string): void {
  rmSync(stateFile(dir), { force: true });
}

/** A new store's index: empty, and up to date with its (no) refs, so that its first write only adds to it. */
export function startIndex(dir: string): void {
  mkdirSync(daysDir(dir), { recursive: true });
  writeState(dir, 0);
}

/**
 * Moves refs under the store lock and keeps the index and the packed refs
 * in step. `move` adds each story it moved to `moved` as it goes, so that
 * one that stops part-way (a conflict) still has its moves indexed. Upkeep
 * never fails the move: at worst the index is marked stale and rebuilt by
 * the next command that needs it.
 */
export async function moveUnderLock<T>(git: GitRunner, move: (moved: Moved[]) => Promise<T>): Promise<T> {
  const dir = git.dir;
  return withStoreLock(dir, async () => {
    const state = readState(dir);
    const fresh = state !== null && state.stamp === refsStamp(dir).key;
    const moved: Moved[] = [];
    try {
      return await move(moved);
    } finally {
      await quietly(dir, async () => {
        if (!fresh) return rebuildHeld(git);
        // Even a refused update touches refs/leads/ (git's lock file): the stamp moves on with the index.
        record(dir, moved);
        const loose = state.loose + moved.length;
        writeState(dir, loose >= PACK_AFTER && (await packed(git)) ? 0 : loose);
      });
    }
  });
}

/**
 * Makes sure the index follows the refs, rebuilding it under the lock when
 * it does not. False when it cannot be built (a store this user may only
 * read, or one held busy): the caller then reads the refs instead.
 */
export async function ensureIndex(git: GitRunner): Promise<boolean> {
  const dir = git.dir;
  if (readState(dir)?.stamp === refsStamp(dir).key) return true;
  try {
    await withStoreLock(dir, async () => {
      if (readState(dir)?.stamp !== refsStamp(dir).key) await rebuildHeld(git);
    });
    return readState(dir) !== null;
  } catch (error) {
    if (error instanceof StoreError && (error.kind === 'read-only' || error.kind === 'conflict')) return false;
    if (isFileSystemRefusal(error)) return false;
    throw error;
  }
}

/** Stories made from this slug id that the index saw move at or after `fromSeconds`. */
export function candidates(dir: string, slugId: string, fromSeconds: number): string[] {
  const first = dayOf(fromSeconds) ?? (fromSeconds < 0 ? '00000000' : '99999999');
  const found = new Set<string>();
  let days: string[];
  try {
    days = readdirSync(daysDir(dir)).filter((name) => /^\d{8}$/.test(name) && name >= first);
  } catch {
    return [];
  }
  for (const day of days) {
    for (const line of readLines(join(daysDir(dir), day))) {
      const tab = line.indexOf('\t');
      const story = line.slice(0, tab);
      if (tab > 0 && Number(line.slice(tab + 1)) >= fromSeconds && isStoryId(story) && isDatedIdOf(story, slugId)) found.add(story);
    }
  }
  return [...found].sort();
}

function readLines(path: string): string[] {
  try {
    // A line being appended may be cut short: only whole lines count.
    const text = readFileSync(path, 'utf8');
    return text.slice(0, text.lastIndexOf('\n') + 1).split('\n');
  } catch {
    return [];
  }
}

function record(dir: string, moved: readonly Moved[]): void {
  const byDay = linesByDay(moved);
  mkdirSync(daysDir(dir), { recursive: true });
  for (const [day, lines] of byDay) appendFileSync(join(daysDir(dir), day), lines.join(''));
}

/**
 * The index rebuilt from every story's tip, loose refs packed first when
 * there are many. The caller holds the store lock. Each day file is
 * replaced whole (a reader sees the old or the new one, both good enough
 * to find candidates whose tips are then read back).
 */
async function rebuildHeld(git: GitRunner): Promise<void> {
  const dir = git.dir;
  dropState(dir);
  let loose = looseStoryRefs(dir);
  if (loose >= PACK_AFTER && (await packed(git))) loose = 0;
  const tips = await git.run(refTimes(STORY_PREFIX));
  const byDay = linesByDay(tips.filter(({ story, seconds }) => isStoryId(story) && Number.isFinite(seconds)));
  mkdirSync(daysDir(dir), { recursive: true });
  for (const [day, lines] of byDay) {
    const temp = join(daysDir(dir), `.${day}.${process.pid}`);
    writeFileSync(temp, lines.join(''));
    renameSync(temp, join(daysDir(dir), day));
  }
  for (const name of readdirSync(daysDir(dir))) if (!byDay.has(name)) rmSync(join(daysDir(dir), name), { force: true });
  writeState(dir, loose);
}

/**
 * Packs the refs; false when git could not (a packed-refs.lock left by a
 * killed git, say): the refs are as good loose, and the next upkeep tries again.
 */
async function packed(git: GitRunner): Promise<boolean> {
  try {
    await git.run(packRefs());
    return true;
  } catch {
    return false;
  }
}

function linesByDay(moved: readonly Moved[]): Map<string, string[]> {
  const byDay = new Map<string, string[]>();
  for (const { story, seconds } of moved) {
    const day = dayOf(seconds);
    if (day === null) continue; // a lead dated beyond any window: never a candidate
    let lines = byDay.get(day);
    if (!lines) byDay.set(day, (lines = []));
    lines.push(`${story}\t${seconds}\n`);
  }
  return byDay;
}

async function quietly(dir: string, action: () => Promise<void> | void): Promise<void> {
  try {
    await action();
  } catch {
    quietDrop(dir);
  }
}

function quietDrop(dir: string): void {
  try {
    dropState(dir);
  } catch {
    // the next command finds the stamp stale all the same
  }
}

function isFileSystemRefusal(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOSPC';
}
