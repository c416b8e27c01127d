import { describe, expect, it } from 'vitest';
import { diffLeads, hasChanges } from '../../src/diff/lead-diff.js';
import { FIRE, fireLead, withParagraphs } from '../fixtures/story.js';
import { shape } from '../helpers/diff.js';

const F = FIRE;

describe('diffLeads: elements outside the body', () => {
  const caption = 'Firefighters spray water on a burning warehouse in Ulsan on Nov. 3, 2026. (Hangang News)';

  it('a headline change, with how much of it was kept', () => {
    const diff = diffLeads(fireLead(F), fireLead(F, { headline: 'Ulsan chemical plant fire brought under control' }));
    expect(diff.elements.headline).toMatchObject({ op: 'change', new: 'Ulsan chemical plant fire brought under control' });
    expect(diff.elements.headline.similarity).toBeLessThan(0.5);
    expect(hasChanges(diff)).toBe(true);
  });

  it('a byline and a label added', () => {
    const diff = diffLeads(fireLead(F), fireLead(F, { byline: 'Kang Ji-won', labelText: 'LEAD' }));
    expect(diff.elements.byline).toEqual({ op: 'add', old: null, new: 'Kang Ji-won', similarity: 0 });
    expect(diff.elements.label).toMatchObject({ op: 'add', new: 'LEAD' });
  });

  it('a photo added, one reworded and one replaced', () => {
    const drone = 'A drone view of the damaged storage building in Ulsan. (Hangang News)';
    const old = fireLead(F, { photos: [caption, drone] });
    const next = fireLead(F, {
      photos: [caption.replace('spray water on', 'douse'), 'Workers wait outside the plant gate. (Hangang News)', 'A map of Ulsan. (Hangang News)'],
    });
    expect(diffLeads(old, next).elements.photos.map((p) => p.op)).toEqual(['reword', 'replace', 'add']);
    expect(diffLeads(fireLead(F), fireLead(F, { photos: [caption] })).elements.photos).toEqual([
      { op: 'add', old: null, new: caption },
    ]);
    expect(diffLeads(fireLead(F, { photos: [caption] }), fireLead(F)).elements.photos).toEqual([
      { op: 'delete', old: caption, new: null },
    ]);
  });

  it('a dateline change', () => {
    const moved = withParagraphs({ 1: F[0].replace('SEOUL, Nov. 3', 'ULSAN, Nov. 3') });
    const diff = diffLeads(fireLead(F), fireLead(moved));
    expect(diff.elements.dateline).toMatchObject({ op: 'change', old: 'SEOUL, Nov. 3 (Hangang News)', new: 'ULSAN, Nov. 3 (Hangang News)' });
    expect(shape(diff.paragraphs)[0]).toBe('edit 1 > 1');
  });
});
