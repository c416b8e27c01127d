import { describe, expect, it } from 'vitest';
import { diffWords, MAX_WORD_DIFF_TOKENS, newSide, oldSide, type WordChange } from '../../src/diff/words.js';

const equal = (text: string): WordChange => ({ op: 'equal', text });
const del = (text: string): WordChange => ({ op: 'delete', text });
const add = (text: string): WordChange => ({ op: 'add', text });

describe('diffWords', () => {
  it.each<[string, string, string, WordChange[]]>([
    ['the same text', 'Crews walked out.', 'Crews walked out.', [equal('Crews walked out.')]],
    ['two empty texts', '', '', []],
    ['a figure, as one token', 'about 300 workers', 'about 1,200 workers', [equal('about '), del('300'), add('1,200'), equal(' workers')]],
    ['words added at the end', 'Crews walked out', 'Crews walked out on Monday', [equal('Crews walked out'), add(' on Monday')]],
    ['words cut in the middle', 'Crews on 14 routes walked out', 'Crews walked out', [equal('Crews '), del('on 14 routes '), equal('walked out')]],
    // A lone space between two changes joins them: "-ministry said +agency announced", not "-ministry +agency -said +announced".
    ['two neighbouring words', 'the ministry said', 'the agency announced', [equal('the '), del('ministry said'), add('agency announced')]],
    ['from nothing', '', 'Crews walked out.', [add('Crews walked out.')]],
    ['to nothing', 'Crews walked out.', '', [del('Crews walked out.')]],
  ])('%s', (_what, before, after, changes) => {
    expect(diffWords(before, after)).toEqual({ words: changes, rewrite: false });
  });

  it('puts deletions before additions in every run of changes', () => {
    const { words } = diffWords('Ferries sailed from Mokpo on time', 'Ferries stayed in Mokpo, delayed');
    const ops = words.map((w) => w.op).join(' ');
    expect(ops).not.toMatch(/add delete/);
    expect([oldSide(words), newSide(words)]).toEqual(['Ferries sailed from Mokpo on time', 'Ferries stayed in Mokpo, delayed']);
  });

  it('gives a pair over the token limit as a rewrite: the old text deleted whole, the new added whole', () => {
    expect(diffWords('Crews walked out.', 'Crews stayed out.', { maxTokens: 6 })).toEqual({
      words: [del('Crews walked out.'), add('Crews stayed out.')],
      rewrite: true,
    });
    expect(diffWords('', 'Crews stayed out.', { maxTokens: 0 })).toEqual({ words: [add('Crews stayed out.')], rewrite: true });
  });

  it(`diffs word by word up to ${MAX_WORD_DIFF_TOKENS} tokens on both sides together, and no further`, () => {
    // `n` words with a space after each are 2n tokens; the new side has one token more.
    const pair = (n: number) => ['crew '.repeat(n), `${'crew '.repeat(n)}out`] as const;
    const [under, underNext] = pair(4999); // 9,998 + 9,999 tokens
    const [over, overNext] = pair(5000); // 10,000 + 10,001 tokens
    expect(diffWords(under, underNext)).toEqual({ words: [equal(under), add('out')], rewrite: false });
    expect(diffWords(over, overNext).rewrite).toBe(true);
  });

  it('gives up on two long unrelated texts (too many edits) and calls the pair a rewrite', () => {
    const before = Array.from({ length: 3000 }, (_, k) => `port${k}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, k) => `ship${k}`).join(' ');
    expect(diffWords(before, after)).toEqual({ words: [del(before), add(after)], rewrite: true });
  });
});

describe('oldSide and newSide', () => {
  const words = [equal('Crews '), del('on 14 routes '), equal('walked out'), add(' on Monday'), equal('.')];
  it('read the two texts back from the changes', () => {
    expect([oldSide(words), newSide(words)]).toEqual(['Crews on 14 routes walked out.', 'Crews walked out on Monday.']);
  });

  it.each([
    ['about 300 workers', 'about 1,200 workers'],
    ['Ferries sailed from Mokpo on time.', 'Ferries stayed in Mokpo.\n\nCommuters waited.'],
    ['', 'Crews walked out.'],
  ])('round-trip through diffWords: %j -> %j', (before, after) => {
    const { words: changes } = diffWords(before, after);
    expect([oldSide(changes), newSide(changes)]).toEqual([before, after]);
  });
});
