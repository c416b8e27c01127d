import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refsStamp } from '../../src/store/refs-state.js';
import { Store, type StoryLead } from '../../src/store/store.js';
import { git, tempStore } from '../helpers/store.js';

const HOUR = 3_600_000;
const NOW = new Date('2026-03-14T12:00:00Z');

function lead(story: string, time: Date, slug = 'S Korea-quake'): StoryLead {
  return {
    text: `${slug}\nNews of ${story}\nSEOUL, March 14 (Hangang News) -- ${story} at ${time.toISOString()}.\n\n(END)\n`,
    author: { name: 'Index Desk', email: 'index@example.com' },
    time,
    message: { lead: 0, story, label: null, headline: `News of ${story}`, slug, attn: null },
  };
}

async function storeWith(stories: Record<string, Date>): Promise<{ store: Store; dir: string; home: string }> {
  const { home, dir } = tempStore();
  const store = await Store.open(dir, { PATH: process.env.PATH ?? '', HOME: home });
  await store.writeStories(Object.entries(stories).map(([story, time]) => ({ story, parent: null, leads: [lead(story, time)] })));
  return { store, dir, home };
}

/** A store as another tool leaves it: stories written by git fast-import, every ref loose, no index. */
function writtenElsewhere(dir: string, stories: { id: string; seconds: number }[]): void {
  const stream = stories
    .map(({ id, seconds }) => {
      const message = `News of ${id}\n\nLead: 0\nStory: ${id}\nSlug: S Korea-${id}\n`;
      const body = `News of ${id}\nSEOUL (Hangang News) -- ${id}.\n\n(END)\n`;
      return `commit refs/leads/${id}\ncommitter Other Tool <other@example.com> ${seconds} +0000\ndata ${Buffer.byteLength(message)}\n${message}\nM 100644 inline lead.txt\ndata ${Buffer.byteLength(body)}\n${body}\n`;
    })
    .join('');
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: stream, env: { PATH: process.env.PATH ?? '', HOME: dir } });
}

const at = (hoursBeforeNow: number) => new Date(NOW.getTime() - hoursBeforeNow * HOUR);

describe('finding the story a slug continues, through the slug index', () => {
  it.each([
    ['the one story of the slug, moved within the window', { 's-korea-quake-20260314': at(2) }, 24, 's-korea-quake-20260314'],
    ['nothing when it moved before the window opened', { 's-korea-quake-20260312': at(30) }, 24, null],
    ['the story moved most recently among the slug\'s', { 's-korea-quake-20260313': at(5), 's-korea-quake-20260313-2': at(1), 's-korea-quake-20260314': at(3) }, 24, 's-korea-quake-20260313-2'],
    ['never a story of a longer slug that starts the same', { 's-korea-quake-aftershock-20260314': at(1), 's-korea-quake-20260314': at(4) }, 24, 's-korea-quake-20260314'],
    ['a story begun days ago that moved within the window', { 's-korea-quake-20260301': at(1) }, 24, 's-korea-quake-20260301'],
    ['a window of several days', { 's-korea-quake-20260310': at(70) }, 72, 's-korea-quake-20260310'],
    ['a lead dated ahead of now', { 's-korea-quake-20260315': at(-20) }, 24, 's-korea-quake-20260315'],
  ])('%s', async (_name, stories, windowHours, expected) => {
    const { store } = await storeWith(stories);
    expect((await store.recentStoryForSlug('s-korea-quake', NOW, windowHours))?.story ?? null).toBe(expected);
  });

  it('reads the candidates\' tips back: an index entry that the refs do not bear out is not believed', async () => {
    const { store, dir } = await storeWith({ 's-korea-quake-20260301': at(300) });
    appendFileSync(join(dir, 'leads-index/days/20260314'), `s-korea-quake-20260301\t${NOW.getTime() / 1000}\n`);
    expect(await store.recentStoryForSlug('s-korea-quake', NOW, 24)).toBeNull();
  });

  it('follows refs that git moved behind its back: the index is rebuilt from the refs', async () => {
    const { store, dir } = await storeWith({ 's-korea-fire-20260314': at(1) });
    expect(await store.recentStoryForSlug('s-korea-quake', NOW, 24)).toBeNull();
    writtenElsewhere(dir, [{ id: 's-korea-quake-20260314', seconds: at(2).getTime() / 1000 }]);
    expect((await store.recentStoryForSlug('s-korea-quake', NOW, 24))?.story).toBe('s-korea-quake-20260314');
    expect(readFileSync(join(dir, 'leads-index/days/20260314'), 'utf8')).toContain('s-korea-quake-20260314\t');
  });

  it('rebuilds past a story dated beyond any day file (year 10000 and on)', async () => {
    const { store, dir } = await storeWith({ 's-korea-fire-20260314': at(1) });
    writtenElsewhere(dir, [
      { id: 'far-future-20260314', seconds: 400_000_000_000 },
      { id: 's-korea-quake-20260314', seconds: at(2).getTime() / 1000 },
    ]);
    expect((await store.recentStoryForSlug('s-korea-quake', NOW, 24))?.story).toBe('s-korea-quake-20260314');
    expect(await store.recentStoryForSlug('s-korea-quake', NOW, 1e12)).not.toBeNull();
  });

  it('packs a store written elsewhere with every ref loose, and indexes it, on its first use', async () => {
    const { home, dir } = tempStore();
    const day = Date.UTC(2026, 1, 1) / 1000;
    const stories = Array.from({ length: 1200 }, (_, n) => ({ id: `topic-${n}-20260201`, seconds: day + n * 60 }));
    writtenElsewhere(dir, [...stories, { id: 's-korea-quake-20260314', seconds: at(3).getTime() / 1000 }]);
    expect(readdirSync(join(dir, 'refs/leads'))).toHaveLength(1201);
    const store = await Store.open(dir, { PATH: process.env.PATH ?? '', HOME: home });
    expect((await store.recentStoryForSlug('s-korea-quake', NOW, 24))?.story).toBe('s-korea-quake-20260314');
    expect(existsSync(join(dir, 'refs/leads')) ? readdirSync(join(dir, 'refs/leads')) : []).toEqual([]);
    expect(git(dir, 'for-each-ref', '--format=%(refname)', 'refs/leads/').split('\n').filter(Boolean)).toHaveLength(1201);
    expect(readFileSync(join(dir, 'leads-index/days/20260201'), 'utf8').split('\n').filter(Boolean)).toHaveLength(1200);
    // From then on a lookup reads the index, not the refs: a new story of the slug is found by its entry.
    const [commit] = await store.writeStory('s-korea-quake-20260314-2', null, [lead('s-korea-quake-20260314-2', at(1))]);
    expect((await store.recentStoryForSlug('s-korea-quake', NOW, 24))?.commit).toBe(commit);
  });

  it('packs after commits from time to time: the hundredth loose ref packs them all', async () => {
    const stories = Object.fromEntries(Array.from({ length: 99 }, (_, n) => [`quiet-${n}-20260314`, at(n / 10)]));
    const { store, dir } = await storeWith(stories);
    expect(readdirSync(join(dir, 'refs/leads'))).toHaveLength(99);
    await store.write({ ...lead('s-korea-quake-20260314', at(0)), story: 's-korea-quake-20260314', parent: null });
    expect(existsSync(join(dir, 'refs/leads')) ? readdirSync(join(dir, 'refs/leads')) : []).toEqual([]);
    expect((await store.recentStoryForSlug('s-korea-quake', NOW, 24))?.story).toBe('s-korea-quake-20260314');
    expect(git(dir, 'fsck', '--no-progress', '--no-dangling')).toBe('');
  });
});

describe('packing that git refuses', () => {
  it('leaves the refs loose and the index whole, and packs on a later write', async () => {
    const { home, dir } = tempStore();
    const store = await Store.open(dir, { PATH: process.env.PATH ?? '', HOME: home });
    // A git killed while packing leaves its lock behind; git will not pack past it.
    writeFileSync(join(dir, 'packed-refs.lock'), '');
    const runs = (from: number) => Array.from({ length: 120 }, (_, n) => ({ story: `held-${from + n}-20260314`, parent: null, leads: [lead(`held-${from + n}-20260314`, at(5))] }));
    expect((await store.writeStories(runs(0))).written).toHaveLength(120);
    expect(readdirSync(join(dir, 'refs/leads'))).toHaveLength(120);
    await store.writeStory('s-korea-quake-20260314', null, [lead('s-korea-quake-20260314', at(1))]);
    expect((await store.recentStoryForSlug('s-korea-quake', NOW, 24))?.story).toBe('s-korea-quake-20260314');
    rmSync(join(dir, 'packed-refs.lock'));
    await store.writeStories(runs(120).slice(0, 1));
    expect(existsSync(join(dir, 'refs/leads')) ? readdirSync(join(dir, 'refs/leads')) : []).toEqual([]);
    expect(git(dir, 'fsck', '--no-progress', '--no-dangling')).toBe('');
  });
});

describe('the slug index across a pull', () => {
  it('takes in the stories a pull brings, so that the next lookup needs no rebuild', async () => {
    const desk = await storeWith({ 's-korea-quake-20260314': at(1) });
    const { home, dir } = tempStore('other');
    const other = await Store.open(dir, { PATH: process.env.PATH ?? '', HOME: home });
    git(dir, 'remote', 'add', 'desk', desk.dir);
    expect((await other.pull('desk')).created).toEqual(['s-korea-quake-20260314']);
    const state = JSON.parse(readFileSync(join(dir, 'leads-index/state.json'), 'utf8')) as { stamp: string };
    expect(state.stamp).toBe(refsStamp(dir).key);
    expect((await other.recentStoryForSlug('s-korea-quake', NOW, 24))?.story).toBe('s-korea-quake-20260314');
  });
});
