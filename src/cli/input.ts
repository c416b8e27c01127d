import { createReadStream, readdirSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ArticleError, MAX_ARTICLE_BYTES, tooLarge } from '../article/text.js';
import { parseArticle } from '../article/parse.js';
import type { Article } from '../article/article.js';
import { CliError, type Io } from './io.js';

/** A file argument: a path, or `-` for standard input. */
export function isStdin(path: string): boolean {
  return path === '-';
}

/** The bytes of a file argument, with the reasons it cannot be read in words. */
export async function readInput(path: string, io: Io): Promise<Uint8Array> {
  if (isStdin(path)) return bounded('standard input', await io.readStdin(MAX_ARTICLE_BYTES));
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(`${path} is a folder; give the file that holds the lead`);
    // Refuse before reading: a multi-gigabyte file should not be loaded just to be rejected.
    if (info.size > MAX_ARTICLE_BYTES) {
      throw new CliError(`${path}: ${tooLarge(info.size).message}`);
    }
    // A device or a pipe (/dev/zero, a FIFO) has no size to check: stop reading at the limit.
    return bounded(path, await readAtMost(path, MAX_ARTICLE_BYTES + 1));
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${path}: no such file; check the path`);
    if (code === 'EACCES') throw new CliError(`${path}: permission denied; check the file's permissions`);
    throw new CliError(`${path}: cannot read it (${code ?? String(error)})`);
  }
}

/** Input read up to one byte past the limit was over it. */
function bounded(name: string, bytes: Uint8Array): Uint8Array {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new CliError(`${name}: ${tooLarge(bytes.length).message.replace(/^the text is [\d.]+ MiB, over/, 'the text is over')}`);
  }
  return bytes;
}

async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of createReadStream(path, { end: limit - 1 })) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return Buffer.concat(chunks, size);
}

/** Reads and parses a lead, naming the file in any error. */
export async function readArticle(path: string, io: Io): Promise<Article> {
  const bytes = await readInput(path, io);
  try {
    return parseArticle(bytes);
  } catch (error) {
    if (error instanceof ArticleError) throw new CliError(`${displayName(path)}: ${error.message}`);
    throw error;
  }
}

export function displayName(path: string): string {
  return isStdin(path) ? 'standard input' : path;
}

/**
 * The sub-folders of a folder argument, sorted, with their full paths;
 * `expected` says what the folder should hold when it is not there.
 */
export function subfolders(dir: string, io: Io, expected: string): { root: string; names: string[] } {
  const root = resolve(io.cwd, dir);
  try {
    return { root, names: readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()).sort() };
  } catch {
    throw new CliError(`${dir}: no such folder; give a folder ${expected}`);
  }
}
