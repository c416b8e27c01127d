import { describe, expect, it } from 'vitest';
import { diffLeads, hasChanges, isLightEdit } from '../../src/diff/lead-diff.js';
import { FIRE, fireLead, withParagraphs } from '../fixtures/story.js';
import { shape } from '../helpers/diff.js';

const F = FIRE;
const diffOf = (oldParas: readonly string[], newParas: readonly string[]) =>
  diffLeads(fireLead(oldParas), fireLead(newParas));
const unchanged = (from: number, to: number, shift = 0) =>
  Array.from({ length: to - from + 1 }, (_, k) => `equal ${from + k} > ${from + k + shift}`);

describe('diffLeads: paragraph operations on hand-written pairs', () => {
  it('a one-word correction is a light edit with exactly that word changed', () => {
    const old = withParagraphs({ 4: F[3].replace('inhalation', 'inhalaton') });
    const diff = diffOf(old, F);
    expect(shape(diff.paragraphs)).toEqual([...unchanged(1, 3), 'edit 4 > 4', ...unchanged(5, 8)]);
    const edit = diff.paragraphs[3]!;
    expect(edit.words!.filter((w) => w.op !== 'equal')).toEqual([
      { op: 'delete', text: 'inhalaton' },
      { op: 'add', text: 'inhalation' },
    ]);
    expect(isLightEdit(edit, diff)).toBe(true);
  });

  it('an updated figure changes as one token, 300 to 1,200', () => {
    const next = withParagraphs({ 1: F[0].replace('about 300', 'about 1,200') });
    const diff = diffOf(F, next);
    expect(shape(diff.paragraphs)).toEqual(['edit 1 > 1', ...unchanged(2, 8)]);
    expect(diff.paragraphs[0]!.words!.filter((w) => w.op !== 'equal')).toEqual([
      { op: 'delete', text: '300' },
      { op: 'add', text: '1,200' },
    ]);
  });

  it('a paragraph moved up three places and edited is one move; its neighbours stay equal', () => {
    const moved = F[6].replace('after safety checks', 'after safety checks by labor ministry inspectors');
    const next = [F[0], F[1], moved, F[2], F[3], F[4], F[5], F[7]];
    const diff = diffOf(F, next);
    expect(shape(diff.paragraphs)).toEqual([
      'equal 1 > 1',
      'equal 2 > 2',
      'move* 7 > 3',
      'equal 3 > 4',
      'equal 4 > 5',
      'equal 5 > 6',
      'equal 6 > 7',
      'equal 8 > 8',
    ]);
    expect(diff.paragraphs[2]!.words!.filter((w) => w.op !== 'equal')).toEqual([
      { op: 'add', text: ' by labor ministry inspectors' },
    ]);
  });

  it('a paragraph moved without edits is an unedited move', () => {
    const next = [F[0], F[5], F[1], F[2], F[3], F[4], F[6], F[7]];
    expect(shape(diffOf(F, next).paragraphs)).toEqual([
      'equal 1 > 1',
      'move 6 > 2',
      ...unchanged(2, 5, 1),
      ...unchanged(7, 8),
    ]);
  });

  it('a paragraph split in two is one split, the break marked in the words', () => {
    const next = [
      F[0],
      'The blaze started in a storage building at around 2:10 p.m., the city fire department said.',
      'It spread to two nearby warehouses within an hour.',
      ...F.slice(2),
    ];
    const diff = diffOf(F, next);
    expect(shape(diff.paragraphs)).toEqual(['equal 1 > 1', 'split* 2 > 2,3', ...unchanged(3, 8, 1)]);
    const split = diff.paragraphs[1]!;
    expect(split.words!.some((w) => w.op === 'add' && w.text.includes('\n\n'))).toBe(true);
    expect(split.text).toBe(`${next[1]}\n\n${next[2]}`);
  });

  it('two paragraphs merged into one are one merge, unedited when only the break went', () => {
    const merged = `${F[4]} ${F[5]}`;
    const next = [...F.slice(0, 4), merged, ...F.slice(6)];
    const diff = diffOf(F, next);
    expect(shape(diff.paragraphs)).toEqual([...unchanged(1, 4), 'merge 5,6 > 5', ...unchanged(7, 8, -1)]);
    expect(diff.paragraphs[4]!.words!.filter((w) => w.op !== 'equal')).toEqual([
      { op: 'delete', text: '\n\n' },
      { op: 'add', text: ' ' },
    ]);
  });

  it('a recast lead that keeps the dateline is an edit of the lead, not an add and a delete', () => {
    const recast =
      'SEOUL, Nov. 3 (Hangang News) -- Hundreds of workers fled a chemical plant in Ulsan on Tuesday as flames tore through its storage buildings.';
    const diff = diffOf(F, withParagraphs({ 1: recast }));
    expect(shape(diff.paragraphs)).toEqual(['edit 1 > 1', ...unchanged(2, 8)]);
    expect(isLightEdit(diff.paragraphs[0]!, diff)).toBe(false);
  });

  it('paragraphs added at the end', () => {
    const next = [...F, 'The fire was the third at an Ulsan chemical plant this year.', 'Safety inspectors visited the plant last month.'];
    expect(shape(diffOf(F, next).paragraphs)).toEqual([...unchanged(1, 8), 'add - > 9', 'add - > 10']);
  });

  it('paragraphs inserted in the middle', () => {
    const inserted = ['Witnesses said black smoke could be seen from 10 km away.', 'Traffic on a nearby highway was slowed for an hour.'];
    const next = [...F.slice(0, 2), ...inserted, ...F.slice(2)];
    expect(shape(diffOf(F, next).paragraphs)).toEqual([...unchanged(1, 2), 'add - > 3', 'add - > 4', ...unchanged(3, 8, 2)]);
  });

  it('a deleted paragraph is shown where it stood', () => {
    const next = [...F.slice(0, 5), ...F.slice(6)];
    const diff = diffOf(F, next);
    expect(shape(diff.paragraphs)).toEqual([...unchanged(1, 5), 'delete 6 > -', ...unchanged(7, 8, -1)]);
    expect(diff.paragraphs[5]!.text).toBe(F[5]);
  });

  it('a rewritten paragraph that shares too little is an add and a delete', () => {
    const next = withParagraphs({ 5: 'Ulsan is home to many of the country\'s largest refineries and shipyards.' });
    expect(shape(diffOf(F, next).paragraphs)).toEqual([
      ...unchanged(1, 4),
      'delete 5 > -',
      'add - > 5',
      ...unchanged(6, 8),
    ]);
  });

  it('identical leads have no changes', () => {
    const diff = diffOf(F, F);
    expect(hasChanges(diff)).toBe(false);
    expect(shape(diff.paragraphs)).toEqual(unchanged(1, 8));
  });
});
