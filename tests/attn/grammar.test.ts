import { describe, expect, it } from 'vitest';
import { expandList, parseAttn } from '../../src/attn/grammar.js';

const read = (line: string) =>
  parseAttn(line).clauses.map(({ verb, elements, what, where }) => ({ verb, elements, what, where }));

describe('parseAttn', () => {
  it.each([
    [
      "(ATTN: ADDS Seoul foreign ministry's comments last 3 paras)",
      [{ verb: 'ADDS', elements: [], what: "Seoul foreign ministry's comments", where: { kind: 'last', count: 3 } }],
    ],
    [
      '(ATTN: RECASTS headline, lead; UPDATES throughout with fire department briefing)',
      [
        { verb: 'RECASTS', elements: ['headline', 'lead'], what: null, where: null },
        { verb: 'UPDATES', elements: [], what: 'fire department briefing', where: { kind: 'throughout' } },
      ],
    ],
    [
      '(ATTN: ADDS details in paras 2, 6, 9, 12-14, photo; RECASTS lead)',
      [
        { verb: 'ADDS', elements: ['photo'], what: 'details', where: { kind: 'paras', paragraphs: [2, 6, 9, 12, 13, 14] } },
        { verb: 'RECASTS', elements: ['lead'], what: null, where: null },
      ],
    ],
    ['(ATTN: UPDATES with police remarks from 4th para)', [{ verb: 'UPDATES', elements: [], what: 'police remarks', where: { kind: 'from', start: 4 } }]],
    ['(ATTN: UPDATES from para 5)', [{ verb: 'UPDATES', elements: [], what: null, where: { kind: 'from', start: 5 } }]],
    ['(ATTN: ADD comments last three paras)', [{ verb: 'ADDS', elements: [], what: 'comments', where: { kind: 'last', count: 3 } }]],
    ['(ATTN: UPDATES 5th para)', [{ verb: 'UPDATES', elements: [], what: null, where: { kind: 'paras', paragraphs: [5] } }]],
    ['(ATTN: UPDATES paras 4-6)', [{ verb: 'UPDATES', elements: [], what: null, where: { kind: 'paras', paragraphs: [4, 5, 6] } }]],
    ['(ATTN: CORRECTS typo in 3rd, 5th para)', [{ verb: 'CORRECTS', elements: [], what: 'typo', where: { kind: 'paras', paragraphs: [3, 5] } }]],
    ['(ATTN: UPDATES first three paras)', [{ verb: 'UPDATES', elements: [], what: null, where: { kind: 'first', count: 3 } }]],
    [
      '(ATTN: ADDS byline, RECAST headline)',
      [
        { verb: 'ADDS', elements: ['byline'], what: null, where: null },
        { verb: 'RECASTS', elements: ['headline'], what: null, where: null },
      ],
    ],
    [
      "(Adds finance minister's comments in paragraphs 10-12, updates death toll in paragraph 2)",
      [
        { verb: 'ADDS', elements: [], what: "finance minister's comments", where: { kind: 'paras', paragraphs: [10, 11, 12] } },
        { verb: 'UPDATES', elements: [], what: 'death toll', where: { kind: 'paras', paragraphs: [2] } },
      ],
    ],
    ['(ATTN: TRIMS)', [{ verb: 'TRIMS', elements: [], what: null, where: null }]],
  ])('reads %s', (line, clauses) => {
    expect(read(line)).toEqual(clauses);
  });

  it('marks verbs that are not house style', () => {
    const [add, recast] = parseAttn('(ATTN: ADD photo; RECAST headline)').clauses;
    expect(add!.verbAsWritten).toEqual({ verb: 'ADDS', written: 'ADD', misspelled: true });
    expect(recast!.verbAsWritten.misspelled).toBe(true);
  });

  it('keeps what it cannot read', () => {
    expect(parseAttn('(ATTN: see note below; ADDS byline)').unread).toEqual(['see note below']);
  });

  it('expands lists with ranges', () => {
    expect(expandList('2, 5, 10, 13-16')).toEqual([2, 5, 10, 13, 14, 15, 16]);
  });
});
