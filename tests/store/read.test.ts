import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { describeLeads, missingLeads, Store } from '../../src/store/store.js';
import { SAMPLE_STORY, commitSample, sampleLead, tempStore } from '../helpers/store.js';

describe('Store reads', () => {
  const { home, dir, leads } = tempStore();
  commitSample(leads, 3);
  const open = () => Store.open(dir, { PATH: process.env.PATH ?? '', HOME: home });

  it('reads many leads in one batch, in the order asked', async () => {
    const store = await open();
    const log = await store.log(SAMPLE_STORY);
    const texts = await store.texts(log.map((record) => record.commit));
    expect(texts.map((text) => parseArticle(text).paragraphs)).toEqual([3, 2, 1, 0].map((n) => parseArticle(sampleLead(n)).paragraphs));
    expect(await store.texts([])).toEqual([]);
  });

  it('reads the tip and its text together, and nothing for an unknown story', async () => {
    const store = await open();
    const tip = await store.tipWithText(SAMPLE_STORY);
    expect(tip?.record).toMatchObject({ lead: 3, label: '3rd LD', time: '2026-03-14T04:00:00+00:00', author: 'Test Desk <desk@example.com>' });
    expect(tip?.record.trailers.get('Story')).toBe(SAMPLE_STORY);
    expect(parseArticle(tip!.text).label?.text).toBe('3rd LD');
    expect(await store.tipWithText('no-such-story')).toBeNull();
  });
});

describe('the lead numbers a story has and lacks', () => {
  const numbers = (leads: number[]) => leads.map((lead) => ({ lead }));
  it.each([
    ['a full story', [4, 3, 2, 1, 0], [], 'leads 0 to 4'],
    ['a first version alone', [0], [], 'lead 0'],
    ['a gap', [3, 1, 0], [2], 'leads 0 to 1, 3'],
    ['an archive that starts mid-story', [4, 3, 2], [0, 1], 'leads 2 to 4'],
    ['several gaps', [9, 5, 4, 2], [0, 1, 3, 6, 7, 8], 'leads 2, 4 to 5, 9'],
  ])('%s', (_name, leads, missing, described) => {
    expect(missingLeads(numbers(leads))).toEqual(missing);
    expect(describeLeads(numbers(leads))).toBe(described);
  });
});
