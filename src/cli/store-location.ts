import { join, resolve } from 'node:path';
import type { Io } from './io.js';

export interface StoreArgs {
  readonly store?: string | undefined;
}

/** Where the store lives: --store DIR, else $LEADS_STORE, else ~/.leads. */
export function storeDir(args: StoreArgs, io: Io): string {
  const dir = args.store ?? io.env.LEADS_STORE ?? join(io.env.HOME ?? io.cwd, '.leads');
  return resolve(io.cwd, dir);
}

/**
 * Git sees only PATH and HOME (so that the user's git identity is found) and
 * a C locale (so that its messages read the same everywhere); ambient GIT_*
 * variables never reach it.
 */
export function gitEnv(io: Io): Record<string, string> {
  const env: Record<string, string> = { LC_ALL: 'C', LANG: 'C' };
  if (io.env.PATH) env.PATH = io.env.PATH;
  if (io.env.HOME) env.HOME = io.env.HOME;
  return env;
}
