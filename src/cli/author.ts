import type { Author, Store } from '../store/store.js';
import { CliError } from './io.js';

const AUTHOR = /^\s*([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/;

/** `--author "Name <email>"`, else git's configured identity, else a clear error that says how to set one. */
export async function authorOf(option: string | undefined, store: Store): Promise<Author> {
  if (option !== undefined) {
    const match = AUTHOR.exec(option);
    if (!match) throw new CliError(`--author '${option}' is not "Name <email>"; write it like --author "Kim Min-ji <kim@example.com>"`);
    return { name: match[1]!, email: match[2]! };
  }
  const configured = await store.configuredAuthor();
  if (!configured) {
    throw new CliError(
      'no author: pass --author "Name <email>", or set one with git config --global user.name "Name" and git config --global user.email "you@example.com"',
    );
  }
  return configured;
}
