import { describe, expect, it } from 'vitest';
import { positionsOf, type Where } from '../../src/attn/clause.js';

describe('positionsOf: the new-lead paragraphs a location covers', () => {
  it.each<[string, Where | null, number, number[]]>([
    ['no location', null, 9, []],
    ['a list, as written', { kind: 'paras', paragraphs: [2, 5, 6] }, 9, [2, 5, 6]],
    ['last 3 paras of 10', { kind: 'last', count: 3 }, 10, [8, 9, 10]],
    ['last para of 4', { kind: 'last', count: 1 }, 4, [4]],
    ['first 2 paras', { kind: 'first', count: 2 }, 9, [1, 2]],
    ['from 7th para of 9', { kind: 'from', start: 7 }, 9, [7, 8, 9]],
    ['from 12th para of 9: nothing', { kind: 'from', start: 12 }, 9, []],
    ['throughout a story of 4', { kind: 'throughout' }, 4, [1, 2, 3, 4]],
  ])('%s', (_what, where, paragraphCount, positions) => {
    expect(positionsOf(where, paragraphCount)).toEqual(positions);
  });

  // `last 5 paras` on a 3-paragraph lead once covered paras -1 and 0, and `leads check` reported them.
  it('last 5 paras of a 3-paragraph lead names no paragraph before the first', () => {
    expect(positionsOf({ kind: 'last', count: 5 }, 3)).toEqual([1, 2, 3]);
  });
});
