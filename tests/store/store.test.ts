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

describe('Store.writeStory (bulk import)', () => {
  const lead = (n: number, text: string) => ({
    text,
    author: { name: 'Archive', email: 'archive@example.com' },
    time: new Date(Date.UTC(2026, 2, 14, n)),
    message: { lead: n, story: 'bulk-story', label: null, headline: `Headline ${n}`, slug: null, attn: null },
  });

  it('writes a run of leads as one line of commits and moves the ref once', async () => {
    const { home, dir } = tempStore();
    const store = await Store.open(dir, { PATH: process.env.PATH ?? '', HOME: home });
    const commits = await store.writeStory('bulk-story', null, [lead(0, 'first\n'), lead(1, 'second\n'), lead(2, 'third\n')]);
    expect(commits).toHaveLength(3);
    const log = await store.log('bulk-story');
    expect(log.map((record) => record.commit)).toEqual([...commits].reverse());
    expect(await store.texts(commits)).toEqual(['first\n', 'second\n', 'third\n']);
    expect(log.map((record) => record.time)).toEqual(['2026-03-14T02:00:00+00:00', '2026-03-14T01:00:00+00:00', '2026-03-14T00:00:00+00:00']);
  });

  it('refuses with a conflict when the story moved meanwhile, and leaves it as it was', async () => {
    const { home, dir } = tempStore();
    const store = await Store.open(dir, { PATH: process.env.PATH ?? '', HOME: home });
    const [first] = await store.writeStory('bulk-story', null, [lead(0, 'first\n')]);
    await expect(store.writeStory('bulk-story', null, [lead(0, 'other\n')])).rejects.toThrow(/moved on to lead 0 while you were editing/);
    expect((await store.log('bulk-story')).map((record) => record.commit)).toEqual([first]);
  });
});
