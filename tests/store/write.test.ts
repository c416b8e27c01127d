import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import { tempStore } from '../helpers/store.js';

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
