import { describe, expect, it } from 'vitest';
import { readVerb, REWORD_FAMILY, VERBS } from '../../src/attn/verbs.js';

describe('readVerb', () => {
  it.each([
    ['ADDS', 'ADDS', false],
    ['Adds', 'ADDS', false],
    ['updates', 'UPDATES', false],
    ['ADD', 'ADDS', true],
    ['Recast', 'RECASTS', true],
    ['ADDED', 'ADDS', true],
    ['UPDATED', 'UPDATES', true],
    ['CHANGED', 'CHANGES', true],
    ['EDITED', 'EDITS', true],
    ['MODIFIED', 'MODIFIES', true],
    ['clarified', 'CLARIFIES', true],
    ['RESTORED', 'RESTORES', true],
  ])('reads %s as %s (misspelled: %s)', (written, verb, misspelled) => {
    expect(readVerb(written)).toEqual({ verb, written, misspelled });
  });

  it.each(['SAYS', 'PARAS', 'headline', 'throughout', ''])('%j is no verb', (word) => {
    expect(readVerb(word)).toBeNull();
  });

  it('reads every house verb as itself', () => {
    expect(VERBS.map((verb) => readVerb(verb)?.verb)).toEqual([...VERBS]);
  });

  // A past form that doubles its last consonant (`TRIMMED`) was once unread, where `ADDED` got a style finding.
  it('reads TRIMMED as TRIMS, misspelled', () => {
    expect(readVerb('TRIMMED')).toEqual({ verb: 'TRIMS', written: 'TRIMMED', misspelled: true });
  });
});

describe('REWORD_FAMILY', () => {
  it('holds the verbs that announce a reworded headline or lead, and no other', () => {
    expect(VERBS.filter((verb) => REWORD_FAMILY.has(verb))).toEqual(['CHANGES', 'RECASTS', 'REWRITES', 'MODIFIES', 'EDITS']);
  });
});
