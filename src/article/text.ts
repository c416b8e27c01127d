/**
 * From raw bytes or a string to clean text, or a clear reason why not.
 * Everything the parser sees has passed through here.
 */
import { isAscii } from './ascii.js';

/** Real leads are under 100 KB; live blogs and transcripts run longer. 8 MiB leaves room for both. */
export const MAX_ARTICLE_BYTES = 8 * 1024 * 1024;

/** Why copy could not be read: nothing in it, a NUL byte, not UTF-8, or over MAX_ARTICLE_BYTES. */
export type ArticleErrorCode = 'empty' | 'nul' | 'encoding' | 'too-large';

/** Bad input, told in words an editor can act on. */
export class ArticleError extends Error {
  constructor(
    readonly code: ArticleErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ArticleError';
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The error for text over the size limit, for callers that can measure a file before reading it. */
export function tooLarge(size: number): ArticleError {
  const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new ArticleError(
    'too-large',
    `the text is ${mib(size)} MiB, over the ${mib(MAX_ARTICLE_BYTES)} MiB limit for one lead; split it into smaller stories`,
  );
}

/** Decodes UTF-8 strictly: a lead with broken bytes is refused, not silently mangled. */
export function decodeArticleBytes(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) throw tooLarge(bytes.byteLength);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ArticleError('encoding', 'the text is not valid UTF-8; save the file as UTF-8 and try again');
  }
}

// Spaces that look like spaces to an editor but not to a comparison.
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF]/g;
// Control characters have no place in copy, and an escape sequence in a lead
// must never reach an editor's terminal.
const CONTROLS = /[\u0001-\u0008\u000E-\u001F\u007F-\u009F]/g;

/**
 * Validates and normalizes text: strips a BOM, turns CRLF and CR into LF, odd
 * spaces into plain ones, drops zero-width characters and trailing spaces,
 * and NFC-normalizes so that the same word always compares equal.
 */
export function cleanArticleText(input: string | Uint8Array): string {
  const raw = typeof input === 'string' ? input : decodeArticleBytes(input);
  // A string measured in UTF-16 units is a lower bound on its UTF-8 size: good enough for a guard.
  if (raw.length > MAX_ARTICLE_BYTES) throw tooLarge(raw.length);
  if (raw.includes('\u0000')) {
    throw new ArticleError('nul', 'the text contains NUL bytes, so it is binary, not a lead; give the plain-text file');
  }
  const spaced = raw
    .replace(/\r\n?/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(CONTROLS, '')
    .replace(ODD_SPACES, ' ');
  // ASCII text is in NFC already; normalizing a long lead costs a pass over it.
  const text = (isAscii(spaced) ? spaced : spaced.normalize('NFC'))
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
  if (text.trim() === '') {
    throw new ArticleError('empty', 'the text is empty (nothing but whitespace); give the file that holds the lead');
  }
  return text;
}

/** One line of prose: runs of spaces collapsed, ends trimmed. */
export function squeeze(text: string): string {
  return (text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text).trim();
}
