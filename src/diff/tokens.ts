/**
 * Words for comparison. A token is a run of spaces, a word, or one other
 * character; a word keeps its inner punctuation so that `1,000`, `7.5`,
 * `Kim's` and `Seung-yeon` each change as one token, never as three.
 */
const TOKEN = /\s+|[\p{L}\p{M}\p{N}]+(?:[.,'’\-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
// The same for ASCII text, which most copy is: a Unicode-property regex costs
// milliseconds to compile in every process, this one next to nothing.
const ASCII_TOKEN = /\s+|[A-Za-z0-9]+(?:[.,'\-][A-Za-z0-9]+)*|[^\sA-Za-z0-9]/g;
const ASCII = /^[\x00-\x7F]*$/;

export function tokenize(text: string): string[] {
  return text.match(ASCII.test(text) ? ASCII_TOKEN : TOKEN) ?? [];
}

const ASCII_WORD = /^[A-Za-z0-9]/;
const UNICODE_WORD = /^[\p{L}\p{M}\p{N}]/u;
const isWord = (token: string) => ASCII_WORD.test(token) || (token.charCodeAt(0) > 127 && UNICODE_WORD.test(token));

/** The words of a text, lower-cased, for similarity measures. */
export function words(text: string): string[] {
  return tokenize(text)
    .filter(isWord)
    .map((token) => token.toLowerCase());
}
