import { describe, expect, it } from 'vitest';
import { ASCII_LETTERS, isAscii, letterPattern, UNICODE_LETTERS, type LetterClasses } from '../../src/article/ascii.js';

describe('isAscii', () => {
  it.each([
    ['Ferry crews walked out.', true],
    ['', true],
    ['Tab\tand newline\n', true],
    ['a café in Mokpo', false],
    ['crews — and commuters', false],
    ['▲ Passengers wait at the port.', false],
  ])('%j: %s', (text, ascii) => {
    expect(isAscii(text)).toBe(ascii);
  });
});

describe('letterPattern', () => {
  it('builds the ASCII form at once and the Unicode form only when a text needs it, then keeps it', () => {
    const built: LetterClasses[] = [];
    const matcher = letterPattern((classes) => {
      built.push(classes);
      return new RegExp(`^[${classes.L}]+$`, classes.flags);
    });
    expect(built).toEqual([ASCII_LETTERS]);
    expect(matcher('Mokpo').test('Mokpo')).toBe(true);
    expect(built).toEqual([ASCII_LETTERS]);
    const unicode = matcher('café');
    expect(unicode.test('café')).toBe(true);
    expect(matcher('Jeonju café')).toBe(unicode);
    expect(built).toEqual([ASCII_LETTERS, UNICODE_LETTERS]);
  });

  it('gives each text the form that reads it whole', () => {
    const word = letterPattern(({ L, N, flags }) => new RegExp(`[${L}${N}]+`, `g${flags}`));
    const words = (text: string) => text.match(word(text));
    expect(words('Crews struck 14 routes')).toEqual(['Crews', 'struck', '14', 'routes']);
    expect(words('Crews struck the Café Ōsaka')).toEqual(['Crews', 'struck', 'the', 'Café', 'Ōsaka']);
  });
});
