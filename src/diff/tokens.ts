/**
 * Words for comparison. A token is a run of spaces, a word, or one other
 * character; a word keeps its inner punctuation so that `1,000`, `7.5`,
 * `Kim's` and `Seung-yeon` each change as one token, never as three.
 */
const TOKEN = /\s+|[\p{L}\p{M}\p{N}]+(?:[.,'’\-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const WORD = /^[\p{L}\p{M}\p{N}]/u;

/** The words of a text, lower-cased, for similarity measures. */
export function words(text: string): string[] {
  return tokenize(text)
    .filter((token) => WORD.test(token))
    .map((token) => token.toLowerCase());
}
