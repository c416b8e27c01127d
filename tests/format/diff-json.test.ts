import { describe, expect, it } from 'vitest';
import { diffLeads } from '../../src/diff/lead-diff.js';
import { formatJson } from '../../src/format/diff-json.js';
import { FIRE, FIRE_HEADLINE, fireLead } from '../fixtures/story.js';

const F = FIRE;
const ADDED = 'Police questioned two plant managers.';

describe('formatJson', () => {
  const json = formatJson(diffLeads(fireLead([F[0], F[1], F[2]]), fireLead([F[0], F[2], ADDED])));

  it('is the LeadDiff in the schema the README documents: paragraphs in new-lead order with the cut one where it stood', () => {
    const unchanged = (old: number, position: number, text: string) => ({
      op: 'equal', old: [old], new: [position], similarity: 1, edited: false, text, words: null, rewrite: false,
    });
    const same = (value: string | null) => ({ op: 'equal', old: value, new: value, similarity: 1 });
    expect(JSON.parse(json)).toEqual({
      paragraphs: [
        unchanged(1, 1, F[0]),
        { op: 'delete', old: [2], new: [], similarity: 0, edited: false, text: F[1], words: null, rewrite: false },
        unchanged(3, 2, F[2]),
        { op: 'add', old: [], new: [3], similarity: 0, edited: false, text: ADDED, words: null, rewrite: false },
      ],
      elements: {
        slug: same('S Korea-plant fire'),
        label: same(null),
        headline: same(FIRE_HEADLINE),
        byline: same(null),
        dateline: same('SEOUL, Nov. 3 (Hangang News)'),
        email: same(null),
        photos: [],
      },
      thresholds: { pair: 0.5, light: 0.8, piece: 0.5 },
    });
  });

  it('is indented by two spaces, its fields in the documented order, and ends with a newline', () => {
    expect(json.split('\n').slice(0, 3)).toEqual(['{', '  "paragraphs": [', '    {']);
    expect(Object.keys(JSON.parse(json))).toEqual(['paragraphs', 'elements', 'thresholds']);
    expect(json.endsWith('}\n')).toBe(true);
  });
});
