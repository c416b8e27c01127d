/**
 * Most wire copy is ASCII, and a regular expression with Unicode property
 * classes (`\p{L}`) costs milliseconds to compile in every process, more
 * than the work it does on one lead. Matchers that need letters therefore
 * come in an ASCII form, used when the text allows it, and a Unicode form.
 */
const ASCII = /^[\x00-\x7F]*$/;

export function isAscii(text: string): boolean {
  return ASCII.test(text);
}

/** The character classes a pattern is written with, in either form. */
export interface LetterClasses {
  /** Any letter. */
  readonly L: string;
  /** An upper-case letter. */
  readonly Lu: string;
  /** Any digit. */
  readonly N: string;
  readonly flags: string;
}

export const ASCII_LETTERS: LetterClasses = { L: 'A-Za-z', Lu: 'A-Z', N: '0-9', flags: '' };
export const UNICODE_LETTERS: LetterClasses = { L: '\\p{L}\\p{M}', Lu: '\\p{Lu}', N: '\\p{N}', flags: 'u' };

/** A matcher built from a pattern template in both forms; the Unicode one is built on first need. */
export function letterPattern<T>(build: (classes: LetterClasses) => T): (text: string) => T {
  const ascii = build(ASCII_LETTERS);
  let unicode: T | undefined;
  return (text) => (isAscii(text) ? ascii : (unicode ??= build(UNICODE_LETTERS)));
}
