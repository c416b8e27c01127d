import { describe, expect, it } from 'vitest';
import { blameLeads, grepLeads } from '../../src/diff/blame.js';
import { P, oil2, shipLead as lead, v0, v1, v2, v3 } from '../fixtures/ship-story.js';

describe('blameLeads: where each paragraph of the latest lead comes from', () => {
  const blame = blameLeads([v0, v1, v2, v3]);
  it('gives since, changed and moved by lead index', () => {
    expect(blame.paragraphs.map(({ n, since, changed, moved }) => ({ n, since, changed, moved }))).toEqual([
      { n: 1, since: 0, changed: 0, moved: [] },
      { n: 2, since: 0, changed: 0, moved: [2] },
      { n: 3, since: 0, changed: 0, moved: [] },
      { n: 4, since: 0, changed: 2, moved: [] },
      { n: 5, since: 0, changed: 0, moved: [] },
      { n: 6, since: 1, changed: 3, moved: [] },
      { n: 7, since: 3, changed: 3, moved: [] },
    ]);
    expect(blame.paragraphs[3]!.text).toBe(oil2);
  });

  it('header elements get the same answers', () => {
    expect(blame.elements.headline).toEqual({ since: 0, changed: 0 });
    const recast = blameLeads([v0, lead('LEAD', [P.lead, P.crew, P.oil, P.divers, P.owner], 'Oil leaks as cargo ship runs aground off Mokpo')]);
    expect(recast.elements.headline).toEqual({ since: 0, changed: 1 });
    expect(recast.elements.byline).toBeNull();
  });

  it('a paragraph split from an older one is since that older one; new words in a piece are a change', () => {
    const two = 'All 14 crew members were rescued by a patrol boat. None of them was hurt.';
    const before = lead(null, [P.lead, two, P.oil]);
    const split = blameLeads([before, lead('LEAD', [P.lead, 'All 14 crew members were rescued by a patrol boat.', 'None of them was hurt.', P.oil])]);
    expect(split.paragraphs.map((p) => [p.since, p.changed])).toEqual([[0, 0], [0, 0], [0, 0], [0, 0]]);
    const edited = blameLeads([before, lead('LEAD', [P.lead, 'All 14 crew members were rescued.', 'None of them was hurt, a patrol boat said.', P.oil])]);
    expect(edited.paragraphs.map((p) => [p.since, p.changed])).toEqual([[0, 0], [0, 1], [0, 1], [0, 0]]);
  });
});

describe('grepLeads: every lead that carried a text, and where', () => {
  it('finds a figure in exactly the leads that carried it', () => {
    expect(grepLeads([v0, v1, v2, v3], '3 tons')).toEqual([
      { index: 0, paragraph: 3, text: P.oil },
      { index: 1, paragraph: 3, text: P.oil },
    ]);
    expect(grepLeads([v0, v1, v2, v3], '5 tons').map((hit) => [hit.index, hit.paragraph])).toEqual([
      [2, 4],
      [3, 4],
    ]);
    expect(grepLeads([v0, v1, v2, v3], 'not in any lead')).toEqual([]);
  });
});
