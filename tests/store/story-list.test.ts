import { describe, expect, it } from 'vitest';
import { Store, type StoryLead } from '../../src/store/store.js';
import { StoryListCache, type ListSource } from '../../src/store/story-list.js';
import { git, tempStore } from '../helpers/store.js';

const lead = (story: string, n: number, minute: number): StoryLead => ({
  text: `Story ${story} lead ${n}\nSEOUL (Hangang News) -- Lead ${n} of ${story}.\n\n(END)\n`,
  author: { name: 'List Desk', email: 'list@example.com' },
  time: new Date(Date.UTC(2026, 2, 14, 0, minute)),
  message: { lead: n, story, label: n === 0 ? null : 'LEAD', headline: `Headline ${n} of ${story}`, slug: null, attn: null },
});

/** The store as a list source that counts what it is asked, its stamp settled or not as the test says. */
function counted(store: Store, settled: () => boolean) {
  const calls = { tips: 0, read: 0 };
  const source: ListSource = {
    refsStamp: () => ({ ...store.refsStamp(), settled: settled() }),
    allTips: () => (calls.tips++, store.allTips()),
    summaries: (tips) => ((calls.read += tips.length), store.summaries(tips)),
  };
  return { source, calls };
}

async function storeOf(count: number): Promise<{ store: Store; dir: string }> {
  const { home, dir } = tempStore();
  const store = await Store.open(dir, { PATH: process.env.PATH ?? '', HOME: home });
  await store.writeStories(Array.from({ length: count }, (_, s) => ({ story: `story-${s}`, parent: null, leads: [lead(`story-${s}`, 0, s)] })));
  return { store, dir };
}

describe('the cached story list', () => {
  it('is the store\'s list, newest first, after every kind of change, reading only the stories that moved', async () => {
    const { store, dir } = await storeOf(12);
    const { source, calls } = counted(store, () => true);
    const cache = new StoryListCache(source);
    expect(await cache.current()).toEqual(await store.list());
    expect(calls.read).toBe(12);
    // A story moves on, a new one arrives, one is deleted by hand.
    const tip = (await store.tip('story-3'))!;
    await store.write({ ...lead('story-3', 1, 500), story: 'story-3', parent: tip.commit });
    await store.writeStory('story-new', null, [lead('story-new', 0, 400)]);
    git(dir, 'update-ref', '-d', 'refs/leads/story-7');
    const after = await cache.current();
    expect(after).toEqual(await store.list());
    expect(after.map((s) => s.story).slice(0, 3)).toEqual(['story-3', 'story-new', 'story-11']);
    expect(after.map((s) => s.story)).not.toContain('story-7');
    expect(calls.read).toBe(14);
  });

  it('costs a few file stats while the refs stay as they were, and one refresh for many callers', async () => {
    const { store } = await storeOf(5);
    const { source, calls } = counted(store, () => true);
    const cache = new StoryListCache(source);
    await Promise.all(Array.from({ length: 10 }, () => cache.current()));
    expect(calls.tips).toBe(1);
    for (let i = 0; i < 5; i++) await cache.current();
    expect(calls.tips).toBe(1);
    await store.writeStory('story-late', null, [lead('story-late', 0, 90)]);
    const lists = await Promise.all(Array.from({ length: 10 }, () => cache.current()));
    expect(calls.tips).toBe(2);
    expect(lists.every((list) => list[0]!.story === 'story-late')).toBe(true);
  });

  it('looks again while the last change is within a file-time tick, since a change in that tick would not show', async () => {
    const { store } = await storeOf(2);
    let settled = false;
    const { source, calls } = counted(store, () => settled);
    const cache = new StoryListCache(source);
    await cache.current();
    await cache.current();
    expect(calls.tips).toBe(2);
    settled = true;
    await cache.current();
    await cache.current();
    expect(calls.tips).toBe(3);
  });
});
