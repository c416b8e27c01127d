import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article } from '../article/article.js';
import { displayName, isStdin, readArticle } from './input.js';
import { CliError, type Io } from './io.js';

/** Two leads to compare, and the names to show for them. */
export interface LeadPair {
  readonly old: Article;
  readonly new: Article;
  readonly oldName: string;
  readonly newName: string;
  /** Set in story mode: the story and the lead numbers compared. */
  readonly story?: { readonly id: string; readonly from: number; readonly to: number };
}

export interface PairArgs {
  readonly store?: string | undefined;
  readonly first?: string | undefined;
  readonly second?: string | undefined;
  readonly third?: string | undefined;
  readonly story?: string | undefined;
}

function isFileArg(arg: string, io: Io): boolean {
  if (isStdin(arg)) return true;
  const path = resolve(io.cwd, arg);
  return existsSync(path) && statSync(path).isFile();
}

/**
 * The rule every command that takes files or a story follows: when both
 * arguments are existing files (or `-`), they are files; otherwise the first
 * names a story. When a name could be both, the user must say which.
 */
export async function resolvePair(args: PairArgs, io: Io): Promise<LeadPair> {
  const { first, second, third } = args;
  if (args.story !== undefined) {
    if (third !== undefined) throw new CliError('with --story give at most two leads, FROM and TO');
    return readStoryPair(args.store, args.story, [first, second].filter(isSet), io);
  }
  if (first === undefined) throw new CliError('give two lead files (OLD NEW), or a story id; see --help');
  const bothFiles = second !== undefined && third === undefined && isFileArg(first, io) && isFileArg(second, io);
  if (bothFiles) {
    if (isStdin(first) && isStdin(second)) throw new CliError('only one of the two leads can come from standard input');
    // `./name` is always a file; a bare name that is also a story is for the user to settle.
    if (!first.includes('/') && (await storyExists(args.store, first, io))) {
      throw new CliError(
        `'${first}' is both a file here and a story in the store; write ./${first} for the file, or --story ${first} [FROM] [TO] for the story`,
      );
    }
    return {
      old: await readArticle(pathOf(first, io), io),
      new: await readArticle(pathOf(second, io), io),
      oldName: displayName(first),
      newName: displayName(second),
    };
  }
  return readStoryPair(args.store, first, [second, third].filter(isSet), io);
}

function pathOf(arg: string, io: Io): string {
  return isStdin(arg) ? arg : resolve(io.cwd, arg);
}

function isSet(value: string | undefined): value is string {
  return value !== undefined;
}

// Story mode and the probe load only when a story is involved: two files need no store code.

async function readStoryPair(store: string | undefined, story: string, refs: readonly string[], io: Io): Promise<LeadPair> {
  return (await import('./story-pair.js')).readStoryPair(store, story, refs, io);
}

/** Whether the store holds a story by this name, checked without loading the store machinery. */
async function storyExists(store: string | undefined, name: string, io: Io): Promise<boolean> {
  const [{ storyExistsIn }, { gitEnv, storeDir }] = await Promise.all([import('../store/probe.js'), import('./store-location.js')]);
  return storyExistsIn(storeDir({ store }, io), name, gitEnv(io));
}
