import { describe, expect, it } from 'vitest';
import type { Clause, Where } from '../../src/attn/clause.js';
import { changeFacts } from '../../src/attn/facts.js';
import { REUTERS, YONHAP, formatAttn, formatClause, formatWhere, ranges, styleFromJson } from '../../src/attn/style.js';
import { writeClauses } from '../../src/attn/compose.js';
import { diffLeads } from '../../src/diff/lead-diff.js';
import { FIRE, fireLead } from '../fixtures/story.js';

describe('ranges', () => {
  it('writes ranges as desks do', () => {
    expect(ranges([2, 5, 10, 13, 14, 15, 16])).toBe('2, 5, 10, 13-16');
  });

  it.each([
    [[7], '7'],
    [[4, 3], '3-4'],
    [[9, 6, 6, 7, 8], '6-9'],
    [[], ''],
  ])('%j -> %j', (positions, text) => {
    expect(ranges(positions)).toBe(text);
  });
});

describe('house styles', () => {
  const clauses = writeClauses(changeFacts(diffLeads(fireLead(FIRE), fireLead([...FIRE, 'A.', 'B.'], { byline: 'Kang Ji-won' }))));

  it('reuters: sentence-case verbs, commas, paragraphs', () => {
    expect(formatAttn(clauses, REUTERS)).toBe('(Adds more details in last 2 paragraphs, byline)');
  });

  it('a house style from JSON, over yonhap defaults', () => {
    const style = styleFromJson({ name: 'desk', open: '[NOTE: ', close: ']', verbs: { ADDS: 'INSERTS' }, positions: { last: 'final {n} grafs' } });
    expect(formatAttn(clauses, style)).toBe('[NOTE: INSERTS more details final 2 grafs, byline]');
  });

  it.each([
    [[], 'a house style is a JSON object'],
    [{ verbCase: 'lower' }, '"verbCase" must be "upper" or "sentence"'],
    [{ verbs: { SHOUTS: 'X' } }, '"verbs" names an unknown verb SHOUTS'],
    [{ positions: { everywhere: 'x' } }, '"positions" has an unknown form everywhere'],
  ])('refuses a bad style %j', (json, message) => {
    expect(() => styleFromJson(json)).toThrow(message);
  });
});

describe('formatWhere: each position form in both built-in styles', () => {
  it.each<[Where, string, string]>([
    [{ kind: 'paras', paragraphs: [1] }, 'in lead', 'in paragraph 1'],
    [{ kind: 'paras', paragraphs: [4] }, 'in 4th para', 'in paragraph 4'],
    [{ kind: 'paras', paragraphs: [2, 3, 4, 7] }, 'in paras 2-4, 7', 'in paragraphs 2-4, 7'],
    [{ kind: 'last', count: 1 }, 'last para', 'in last paragraph'],
    [{ kind: 'last', count: 3 }, 'last 3 paras', 'in last 3 paragraphs'],
    [{ kind: 'first', count: 2 }, 'first 2 paras', 'in first 2 paragraphs'],
    [{ kind: 'from', start: 5 }, 'from 5th para', 'from paragraph 5'],
    [{ kind: 'from', start: 22 }, 'from 22nd para', 'from paragraph 22'],
    [{ kind: 'throughout' }, 'throughout', 'throughout'],
  ])('%j: yonhap %j, reuters %j', (where, yonhap, reuters) => {
    expect([formatWhere(where, YONHAP), formatWhere(where, REUTERS)]).toEqual([yonhap, reuters]);
  });
});

describe('formatClause: the clause shapes desks write', () => {
  const clause = (verb: Clause['verb'], elements: Clause['elements'], what: string | null, where: Where | null): Clause => ({
    verb,
    elements,
    what,
    where,
  });

  it.each<[Clause, string]>([
    [clause('ADDS', ['byline', 'photo'], null, null), 'ADDS byline, photo'],
    [clause('RECASTS', ['headline', 'lead'], null, null), 'RECASTS headline, lead'],
    [clause('ADDS', [], "Hangang Police Agency's comments", { kind: 'last', count: 3 }), "ADDS Hangang Police Agency's comments last 3 paras"],
    [clause('UPDATES', [], 'more details', { kind: 'paras', paragraphs: [4, 6, 7, 8] }), 'UPDATES with more details in paras 4, 6-8'],
    [clause('UPDATES', [], 'figures', { kind: 'paras', paragraphs: [5] }), 'UPDATES figures in 5th para'],
    [clause('UPDATES', [], 'coast guard explanation', { kind: 'throughout' }), 'UPDATES throughout with coast guard explanation'],
    [clause('UPDATES', ['headline', 'lead'], 'death toll', null), 'UPDATES death toll in headline, lead'],
    [clause('UPDATES', ['headline'], 'figures', { kind: 'paras', paragraphs: [1, 3] }), 'UPDATES figures in headline, paras 1, 3'],
    [clause('CORRECTS', ['headline'], 'typo', null), 'CORRECTS typo in headline'],
    [clause('ADDS', ['photo'], 'more details', { kind: 'paras', paragraphs: [3, 4] }), 'ADDS more details in paras 3-4, photo'],
    [clause('TRIMS', [], null, null), 'TRIMS'],
  ])('%j -> %s', (given, text) => {
    expect(formatClause(given, YONHAP, true)).toBe(text);
  });

  it('reuters writes the first verb in sentence case and the others in lower case', () => {
    const clauses = [
      clause('ADDS', [], "prime minister's reaction", { kind: 'paras', paragraphs: [3] }),
      clause('UPDATES', [], 'death toll', { kind: 'paras', paragraphs: [4] }),
    ];
    expect(formatAttn(clauses, REUTERS)).toBe("(Adds prime minister's reaction in paragraph 3, updates death toll in paragraph 4)");
  });

  it('no clause, no line', () => {
    expect(formatAttn([])).toBeNull();
  });
});
