import { describe, expect, it } from 'vitest';
import { figureSubject, indicatorsOf, newEvents } from '../../src/attn/subjects.js';
import { subjectName } from '../../src/attn/attribution.js';
import { diffWords } from '../../src/diff/words.js';

describe('what changed figures count', () => {
  it.each([
    ['Two people were killed and 14 injured.', 'Three people were killed and 14 injured.', 'death toll'],
    ['The storm left 12 people injured.', 'The storm left 19 people injured.', 'casualty figures'],
    ['The death toll rose to 4, with 9 hurt.', 'The death toll rose to 6, with 11 hurt.', 'casualty figures'],
    ['The agency reported 1,204 new cases.', 'The agency reported 1,377 new cases.', 'infection figures'],
    ['Exports rose 5.1 percent in March.', 'Exports rose 5.4 percent in March.', 'export figures'],
    ['The quake had a magnitude of 4.6.', 'The quake had a magnitude of 4.9.', 'magnitude'],
    ['The plant employs about 300 workers.', 'The plant employs about 350 workers.', null],
  ])('%s -> %s: %s', (before, after, subject) => {
    expect(figureSubject(diffWords(before, after).words)).toBe(subject);
  });
});

describe('new events', () => {
  const lead = (text: string) => [{ position: 1, text: `SEOUL, Jan. 5 (Hangang News) -- ${text}` }];
  it.each([
    ['A firefighter died battling the blaze on Monday, officials said.', 'A blaze raged for hours.', "firefighter's death"],
    ['The chief executive of the exchange was arrested on fraud charges.', 'Police sought a warrant for the CEO.', "suspect's arrest"],
    ['Vice Land Minister Bae Hyun-sik offered to resign over the audit.', 'The audit found inflated figures.', "vice land minister's resignation"],
    ['President Lee Jae-myung nominated a former judge as justice minister.', 'Lee is expected to name a new cabinet.', "Lee's announcement of nominations"],
  ])('%s', (text, old, phrase) => {
    expect(newEvents(lead(text), old, subjectName).map((e) => e.phrase)).toEqual([phrase]);
  });

  it('an event the old lead already told is no news, except more of a list', () => {
    expect(newEvents(lead('A worker died in the fire.'), 'A worker died in the fire on Monday.', subjectName)).toEqual([]);
    expect(newEvents([{ position: 5, text: 'Kim was named vice trade minister.' }], 'Park was named vice finance minister.', subjectName)).toEqual([
      { phrase: 'additional personnel picks', positions: [5], more: true },
    ]);
  });
});

describe('indicators that new data paragraphs report', () => {
  it.each([
    [['Semiconductor exports soared 21 percent.', 'Energy imports, including crude oil and gas, shrank 14 percent.'], 'semiconductor exports, energy imports'],
    [['Household loans rose by 4.1 trillion won.'], 'household loans'],
    [['The board met on Tuesday.'], null],
    [['Exports rose 3 percent.', 'Analysts expect a slowdown.'], null],
  ])('%j -> %s', (paragraphs, subject) => {
    expect(indicatorsOf(paragraphs)).toBe(subject);
  });
});
