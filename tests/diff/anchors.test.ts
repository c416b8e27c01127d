import { describe, expect, it } from 'vitest';
import { longestIncreasing, matchIdentical, type Match } from '../../src/diff/anchors.js';

const upTo = (n: number, from = 0) => Array.from({ length: n }, (_, k) => from + k);

describe('matchIdentical', () => {
  it.each<[string, number[], number[], Match[]]>([
    ['the same lead', [1, 2, 3], [1, 2, 3], [[0, 0], [1, 1], [2, 2]]],
    ['a paragraph inserted', [1, 2, 3], [1, 9, 2, 3], [[0, 0], [1, 2], [2, 3]]],
    ['a paragraph cut', [1, 2, 3], [1, 3], [[0, 0], [2, 1]]],
    ['a paragraph edited between kept ends', [1, 7, 3], [1, 8, 3], [[0, 0], [2, 2]]],
    ['a paragraph moved up: the longer chain stays', [1, 2, 3, 4], [1, 4, 2, 3], [[0, 0], [1, 2], [2, 3]]],
    ['a repeated paragraph matched as often as both have it', [5, 5, 5], [5, 5], [[0, 0], [1, 1]]],
    ['nothing in common', [1, 2], [3, 4], []],
    ['an empty old lead', [], [1, 2], []],
  ])('%s', (_what, oldIds, newIds, matches) => {
    expect(matchIdentical(oldIds, newIds)).toEqual(matches);
  });

  it('on leads too long for an exact LCS, anchors on paragraphs that occur once and keeps the longest chain', () => {
    // 1,000 paragraphs; the last 300 moved to the top: 1,000 x 1,000 is past the exact range.
    const oldIds = upTo(1000);
    const newIds = [...upTo(300, 700), ...upTo(700)];
    expect(matchIdentical(oldIds, newIds)).toEqual(upTo(700).map((k) => [k, k + 300]));
  });

  it('fills the gaps between anchors with the paragraphs that repeat', () => {
    // Unique paragraphs 0..599 with a repeated one (-1) after each: anchors on the unique ones, the repeats matched between them.
    const oldIds = upTo(600).flatMap((k) => [k, -1]);
    const newIds = [-2, ...oldIds.slice(0, -1)];
    expect(matchIdentical(oldIds, newIds)).toEqual(upTo(1199).map((k) => [k, k + 1]));
  });
});

describe('longestIncreasing', () => {
  it.each([
    [[5, 1, 2, 9, 3, 4], [1, 2, 3, 4]],
    [[1, 2, 3], [1, 2, 3]],
    [[2, 2, 2], [2]],
    [[], []],
  ])('%j -> %j', (items, chain) => {
    expect(longestIncreasing(items, (n) => n)).toEqual(chain);
  });

  it('keeps the items, in input order, by the key given', () => {
    const pairs: Match[] = [[0, 5], [1, 1], [2, 2], [3, 3]];
    expect(longestIncreasing(pairs, (pair) => pair[1])).toEqual([[1, 1], [2, 2], [3, 3]]);
  });

  it('picks one item from a falling run', () => {
    expect(longestIncreasing([4, 3, 2, 1], (n) => n)).toHaveLength(1);
  });
});
