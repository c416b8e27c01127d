import { join, resolve } from 'node:path';
import { CliError, type Io } from './io.js';

export interface StoreArgs {
  readonly store?: string | undefined;
}

/** Where the store lives: --store DIR, else $LEADS_STORE, else ~/.leads. */
export function storeDir(args: StoreArgs, io: Io): string {
  // An empty value is a mistake (`--store` with nothing after it, `LEADS_STORE=`), not "the current folder".
  if (args.store !== undefined && args.store.trim() === '') throw new CliError('--store needs a folder: give --store DIR');
  if (args.store === undefined && io.env.LEADS_STORE !== undefined && io.env.LEADS_STORE.trim() === '') {
    throw new CliError("LEADS_STORE is set but empty; set it to the store's folder, or unset it to use ~/.leads");
  }
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
