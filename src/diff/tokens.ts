import { ASCII_LETTERS, isAscii, letterPattern, UNICODE_LETTERS, type LetterClasses } from '../article/ascii.js';

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

// The word alternative of TOKEN alone. Space and other-character tokens hold
// no letter or digit, so a word starts exactly where TOKEN would start one:
// matching words directly finds the same words without the tokens between.
const word = ({ L, N, flags }: LetterClasses) => new RegExp(`[${L}${N}]+(?:[.,'’\\-][${L}${N}]+)*`, `g${flags}`);
const ASCII_WORD = word(ASCII_LETTERS);
let unicodeWord: RegExp | undefined;

/** The words of a text, lower-cased, for similarity measures. */
export function words(text: string): string[] {
  // ASCII lower-casing maps letter to letter, so it cannot move a word's bounds.
  if (isAscii(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  return (text.match((unicodeWord ??= word(UNICODE_LETTERS))) ?? []).map((w) => w.toLowerCase());
}
