import { describe, expect, it } from 'vitest';
import { containment, joinProfiles, profile as profileIn, similarity, Vocabulary } from '../../src/diff/similarity.js';

// Profiles compare only within one vocabulary (one comparison): each test file's cases share one.
const vocabulary = new Vocabulary();
const profile = (text: string) => profileIn(text, vocabulary);

describe('profile', () => {
  it('counts the words and the word pairs, lower-cased, punctuation left out', () => {
    expect(profile('The crew walked out, the union said.')).toMatchObject({ wordCount: 7, pairCount: 6 });
    expect(similarity(profile('The crew walked out, the union said.'), profile('the crew walked out the union said'))).toBe(1);
  });

  it('of an empty paragraph is empty', () => {
    expect(profile('')).toMatchObject({ wordCount: 0, pairCount: 0 });
  });
});

describe('similarity', () => {
  it.each([
    ['the same words, another case and stop', 'Crews walked out.', 'crews walked out', 1],
    ['nothing shared', 'Crews walked out', 'Ferries stayed docked', 0],
    // words 3 of 4 each (6/8), pairs 1 of 3 each (2/6): the mean.
    ['one word of four changed', 'the crew walked out', 'the crews walked out', (6 / 8 + 2 / 6) / 2],
    // the same words (1), no pair in common (0).
    ['the same words in reverse order', 'the crew walked out', 'out walked crew the', 1 / 2],
    // A one-word paragraph has no pairs: its words alone (2 x 1 shared / 3 words).
    ['a one-word paragraph', 'Strike', 'Strike ends', 2 / 3],
    // Words count as often as they stand: "no" once of three.
    ['a repeated word', 'no no no', 'no', 2 / 4],
    ['two empty paragraphs', '', '', 1],
  ])('%s: %j and %j', (_what, a, b, score) => {
    expect(similarity(profile(a), profile(b))).toBeCloseTo(score, 12);
    expect(similarity(profile(b), profile(a))).toBeCloseTo(score, 12);
  });
});

describe('containment', () => {
  it.each([
    ['a piece wholly inside', 'the crew walked out', 'the crew walked out on Monday at dawn', 1],
    // words 2 of 4, pairs 1 of 3.
    ['half a piece', 'the crew walked out', 'the crew stayed', (2 / 4 + 1 / 3) / 2],
    ['a one-word piece', 'crew', 'the crew', 1],
    ['an empty piece', '', 'the crew walked out', 0],
  ])('%s: %j in %j', (_what, part, whole, share) => {
    expect(containment(profile(part), profile(whole))).toBeCloseTo(share, 12);
  });

  it('is not symmetric: the whole is not all in the piece', () => {
    expect(containment(profile('the crew walked out on Monday'), profile('the crew walked out'))).toBeCloseTo((4 / 6 + 3 / 5) / 2, 12);
  });
});

describe('joinProfiles', () => {
  it('reads several paragraphs as one, with no word pair across the break', () => {
    const joined = joinProfiles([profile('the crew'), profile('walked out'), profile('the crew')]);
    expect(joined).toMatchObject({ wordCount: 6, pairCount: 3 });
    // The same words and pairs as the three read together, but for the pairs across the breaks.
    expect(containment(joined, profile('the crew the crew walked out'))).toBe(1);
  });

  it('of no paragraph is empty', () => {
    expect(joinProfiles([])).toMatchObject({ wordCount: 0, pairCount: 0 });
  });
});
