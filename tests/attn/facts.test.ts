import { describe, expect, it } from 'vitest';
import { changeFacts, classifyWords, isThroughout, type ChangedParagraph, type EditKind } from '../../src/attn/facts.js';
import { diffLeads } from '../../src/diff/lead-diff.js';
import { diffWords } from '../../src/diff/words.js';
import { FIRE, FIRE_HEADLINE, fireLead, withParagraphs } from '../fixtures/story.js';

const F = FIRE;
const factsOf = (next: readonly string[], fields = {}, oldFields = {}) =>
  changeFacts(diffLeads(fireLead(F, oldFields), fireLead(next, fields)));
/** A changed paragraph as the ATTN writer reads it: where, and how. */
const briefly = (changed: readonly ChangedParagraph[]) => changed.map((p) => `${p.position} ${p.kind}${p.replacing ? ' (replacing)' : ''}`);

describe('changed words', () => {
  it.each([
    ['about 300 workers', 'about 1,200 workers', 'figures'],
    ['at 2:10 p.m.', 'at 2:40 p.m.', 'figures'],
    ['the city of Samchek', 'the city of Samcheok', 'typo'],
    ['officials said', 'officials said.', 'typo'],
    ['two helicopters', 'three helicopters', 'figures'],
    ['two workers were hurt', 'three workers were hurt', 'figures'],
    ['two helicopters', 'two helicopters and a drone', 'content'],
    ['about 300 workers', 'about 300 workers and 40 visitors', 'content'],
  ])('%s -> %s is %s', (before, after, kind) => {
    expect(classifyWords(diffWords(before, after).words)).toBe(kind);
  });
});

describe('changed words: the other kinds', () => {
  it.each<[string, string, EditKind]>([
    ['the plant and two warehouses burned', 'the plant burned', 'trim'],
    ['one person was hurt', 'two people were hurt', 'figures'],
    // No changed words bring no new fact.
    ['the Hangang News desk', 'the Hangang News desk', 'typo'],
    ['Police said on Tuesday', 'Prosecutors said on Tuesday', 'content'],
  ])('%s -> %s is %s', (before, after, kind) => {
    expect(classifyWords(diffWords(before, after).words)).toBe(kind);
  });
});

describe('changeFacts: paragraphs', () => {
  it('a cut paragraph is deleted at its old position, and nothing in the new lead changed', () => {
    const facts = factsOf([...F.slice(0, 5), ...F.slice(6)]);
    expect({ count: facts.paragraphCount, deleted: facts.deleted, replaced: facts.replaced, changed: briefly(facts.changed) }).toEqual({
      count: 7,
      deleted: [6],
      replaced: [],
      changed: [],
    });
  });

  it('an unrelated paragraph in place of an old one replaces it: an update of that place, not a trim', () => {
    const facts = factsOf(withParagraphs({ 5: 'Ulsan is home to many of the country\'s largest refineries and shipyards.' }));
    expect({ deleted: facts.deleted, replaced: facts.replaced, changed: briefly(facts.changed) }).toEqual({
      deleted: [],
      replaced: [5],
      changed: ['5 added (replacing)'],
    });
  });

  it('paragraphs added at the end are added, each with its text', () => {
    const facts = factsOf([...F, 'Police questioned two plant managers.', 'The company apologized.']);
    expect(briefly(facts.changed)).toEqual(['9 added', '10 added']);
    expect(facts.changed.map((p) => p.text)).toEqual(['Police questioned two plant managers.', 'The company apologized.']);
  });

  it('a paragraph moved up without edits is moved, and every kept paragraph knows its old place', () => {
    const facts = factsOf([F[0], F[5], F[1], F[2], F[3], F[4], F[6], F[7]]);
    expect(facts.moved).toEqual([2]);
    expect(facts.changed).toEqual([]);
    expect([...facts.oldPositions].sort((a, b) => a[0] - b[0])).toEqual([
      [1, 1],
      [2, 6],
      [3, 2],
      [4, 3],
      [5, 4],
      [6, 5],
      [7, 7],
      [8, 8],
    ]);
  });

  it.each([
    ['a fixed spelling', 4, F[3].replace('inhalation', 'inhalaton'), F[3], '4 typo'],
    ['a new figure', 1, F[0], F[0].replace('about 300', 'about 1,200'), '1 figures'],
    ['a clause cut', 2, F[1], F[1].replace(' and spread to two nearby warehouses', ''), '2 trim'],
    ['new words', 6, F[5], F[5].replace('forensic service.', 'forensic service and the labor ministry.'), '6 content'],
  ])('%s in a kept paragraph', (_what, position, before, after, changed) => {
    const facts = changeFacts(diffLeads(fireLead(withParagraphs({ [position]: before })), fireLead(withParagraphs({ [position]: after }))));
    expect(briefly(facts.changed)).toEqual([changed]);
  });

  it('a changed death toll says what its numbers count', () => {
    const before = 'Two workers were killed in the blaze, the fire department said.';
    const after = 'Three workers were killed in the blaze, the fire department said.';
    const facts = changeFacts(diffLeads(fireLead([...F, before]), fireLead([...F, after])));
    expect(facts.changed.map((p) => [p.position, p.kind, p.counts])).toEqual([[9, 'figures', 'death toll']]);
  });

  it('a lead whose only change is its dateline is a dateline change, not a changed paragraph', () => {
    const facts = factsOf(withParagraphs({ 1: F[0].replace('SEOUL', 'ULSAN') }));
    expect({ dateline: facts.dateline, changed: facts.changed }).toEqual({ dateline: 'changed', changed: [] });
  });
});

describe('changeFacts: the headline and other elements', () => {
  it.each([
    ['a typo fixed', FIRE_HEADLINE.replace('evacuation', 'evacuaton'), FIRE_HEADLINE, 'typo'],
    ['a new figure', FIRE_HEADLINE, FIRE_HEADLINE.replace('300', '350'), 'figures'],
    ['the same words in another order', FIRE_HEADLINE, 'Fire forces evacuation of 300 workers at Ulsan chemical plant', 'reworded'],
    ['a new angle', FIRE_HEADLINE, 'Ulsan chemical plant fire brought under control', 'recast'],
    ['no headline before (plain copy)', null, FIRE_HEADLINE, 'none'],
  ])('%s: %s -> %s is %s', (_what, before, after, kind) => {
    expect(factsOf(F, { headline: after }, { headline: before }).headline).toBe(kind);
  });

  it.each([
    ['added', null, 'Kang Ji-won'],
    ['removed', 'Kang Ji-won', null],
    ['changed', 'Kang Ji-won', 'Kang Ji-won and Park Min-seo'],
    ['none', 'Kang Ji-won', 'Kang Ji-won'],
  ])('a byline %s', (kind, before, after) => {
    expect(factsOf(F, { byline: after }, { byline: before }).byline).toBe(kind);
  });

  it('a slug changes only when both leads have one', () => {
    expect(factsOf(F, { slug: 'S Korea-plant fire-casualties' }).slug).toBe('changed');
    expect(factsOf(F, { slug: null }).slug).toBe('none');
  });

  it('counts photos added, removed, replaced and reworded', () => {
    const photos = ['Firefighters spray water on a burning warehouse in Ulsan. (Hangang News)', 'Smoke rises over the plant. (Hangang News)'];
    const next = [
      'Firefighters spray water on a burning storage building in Ulsan. (Hangang News)',
      'A plant worker is treated at a local hospital. (Hangang News)',
      'Workers gather at the plant gate. (Hangang News)',
    ];
    expect(factsOf(F, { photos: next }, { photos }).photos).toEqual({ added: 1, removed: 0, replaced: 1, reworded: 1 });
  });
});

describe('isThroughout', () => {
  const paragraph = (position: number, kind: ChangedParagraph['kind'] = 'content'): ChangedParagraph => ({
    position,
    kind,
    moved: false,
    replacing: false,
    text: '',
    source: null,
    counts: null,
  });
  const at = (positions: readonly number[], kind?: ChangedParagraph['kind']) => positions.map((p) => paragraph(p, kind));

  it.each<[string, ChangedParagraph[], number, boolean]>([
    ['6 of 8 from the lead', at([1, 2, 3, 4, 5, 6]), 8, true],
    ['4 of 6, scattered', at([1, 3, 4, 6]), 6, true],
    ['5 of 8: under two thirds', at([1, 2, 3, 4, 5]), 8, false],
    ['6 of 8 from the 3rd para to the end: that is "from 3rd para"', at([3, 4, 5, 6, 7, 8]), 8, false],
    ['every paragraph of a short story', at([1, 2, 3, 4, 5]), 5, true],
    ['4 of 5 in a short story', at([1, 2, 3, 4]), 5, false],
    ['typo fixes do not count', [...at([1, 2, 3]), ...at([4, 5, 6], 'typo')], 6, false],
    ['the pieces of a split count once', [...at([1, 1, 2, 2]), ...at([3, 4])], 6, true],
    ['a one-paragraph story', at([1]), 1, false],
    ['nothing changed', [], 8, false],
  ])('%s', (_what, changed, paragraphCount, throughout) => {
    expect(isThroughout({ changed, paragraphCount })).toBe(throughout);
  });
});
