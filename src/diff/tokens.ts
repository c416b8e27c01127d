import { letterPattern } from '../article/ascii.js';

/**
 * Words for comparison. A token is a run of spaces, a word, or one other
 * character; a word keeps its inner punctuation so that `1,000`, `7.5`,
 * `Kim's` and `Seung-yeon` each change as one token, never as three.
 */
const TOKEN = letterPattern(
  ({ L, N, flags }) => new RegExp(`\\s+|[${L}${N}]+(?:[.,'’\\-][${L}${N}]+)*|[^\\s${L}${N}]`, `g${flags}`),
);

export function tokenize(text: string): string[] {
  return text.match(TOKEN(text)) ?? [];
}

const WORD = letterPattern(({ L, N, flags }) => new RegExp(`^[${L}${N}]`, flags));
const isWord = (token: string) => WORD(token).test(token);

/** The words of a text, lower-cased, for similarity measures. */
export function words(text: string): string[] {
  return tokenize(text)
    .filter(isWord)
    .map((token) => token.toLowerCase());
}
