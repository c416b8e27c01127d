import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { Store } from '../../src/store/store.js';
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
