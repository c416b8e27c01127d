import { closeSync, openSync, readFileSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { StoreError } from './errors.js';

/**
 * The store lock: whoever moves story refs, rebuilds the slug index or
 * packs refs holds it, so that maintenance never races a writer and the
 * index always follows the refs. It is held for moments (a ref update, a
 * pack), never while objects are written. A lock whose holder has died (a
 * killed process, or one untouched for a minute while its holder would
 * touch it every ten seconds) is taken over; git's own per-ref locks still
 * guard every ref against writers that know nothing of this one.
 */

const LOCK_FILE = 'leads.lock';
/** A holder touches its lock this often, so that a lock untouched for STALE_MS has no live holder. */
const HEARTBEAT_MS = 10_000;
const STALE_MS = 60_000;
const WAIT_MS = 15_000;

export async function withStoreLock<T>(dir: string, action: () => Promise<T>, waitMs = WAIT_MS): Promise<T> {
  const path = join(dir, LOCK_FILE);
  const token = `${process.pid} ${hostname()} ${Date.now()} ${Math.random().toString(36).slice(2)}\n`;
  const deadline = Date.now() + waitMs;
  for (let pause = 1; ; pause = Math.min(pause * 2, 40)) {
    if (tryCreate(path, token)) break;
    if (takeOverIfStale(path) && Date.now() <= deadline) continue;
    if (Date.now() > deadline) {
      throw new StoreError('conflict', `the store is busy (${holderOf(path)} holds ${path}); re-run the command`);
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
  const heartbeat = setInterval(() => touch(path), HEARTBEAT_MS);
  heartbeat.unref();
  try {
    return await action();
  } finally {
    clearInterval(heartbeat);
    release(path, token);
  }
}

function tryCreate(path: string, token: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new StoreError('read-only', `the store is read-only (cannot create ${path}); check the folder's permissions`);
    }
    throw error;
  }
  try {
    writeSync(fd, token);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Removes a lock whose holder is gone, under a second lock of its own so
 * that two takers never remove each other's fresh lock: the content read
 * before must still be there to be removed.
 */
function takeOverIfStale(path: string): boolean {
  const seen = readLock(path);
  if (seen === null) return true; // released meanwhile: try again at once
  if (!isStale(seen)) return false;
  const guard = `${path}.takeover`;
  const guardToken = `${process.pid} ${hostname()} ${Date.now()}\n`;
  if (!tryCreate(guard, guardToken)) {
    const held = readLock(guard);
    if (held !== null && Date.now() - held.since > 5_000) rmQuiet(guard);
    return false;
  }
  try {
    const now = readLock(path);
    if (now !== null && now.raw === seen.raw) rmQuiet(path);
  } finally {
    rmQuiet(guard);
  }
  return true;
}

interface LockInfo {
  readonly raw: string;
  readonly pid: number;
  readonly host: string;
  readonly since: number;
}

/** The lock as it stands; null when there is none. One that cannot be read is held by someone, since now. */
function readLock(path: string): LockInfo | null {
  let raw: string;
  let since: number;
  try {
    raw = readFileSync(path, 'utf8');
    since = statSync(path).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return { raw: '', pid: 0, host: '', since: Date.now() };
  }
  const [pid, host] = raw.split(' ');
  return { raw, pid: Number(pid), host: host ?? '', since };
}

function isStale(lock: LockInfo): boolean {
  if (Date.now() - lock.since > STALE_MS) return true;
  // A lock still being written (empty) is fresh; one of another machine is judged by its age alone.
  if (lock.raw === '' || lock.host !== hostname() || !Number.isInteger(lock.pid) || lock.pid <= 0) return false;
  try {
    process.kill(lock.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function holderOf(path: string): string {
  const lock = readLock(path);
  return lock ? `process ${lock.pid} on ${lock.host}` : 'another process';
}

function release(path: string, token: string): void {
  // Only our own lock: one taken over after a stall must not be removed by its old holder.
  if (readLock(path)?.raw === token) rmQuiet(path);
}

function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // taken over or gone: release will find out
  }
}

function rmQuiet(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
