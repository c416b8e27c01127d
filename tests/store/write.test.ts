import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store, type StoryLead, type StoryRun } from '../../src/store/store.js';
import { git, tempStore } from '../helpers/store.js';

const lead = (story: string, n: number, text: string): StoryLead => ({
  text,
  author: { name: 'Archive', email: 'archive@example.com' },
  time: new Date(Date.UTC(2026, 2, 14, n)),
  message: { lead: n, story, label: n === 0 ? null : `${n === 1 ? 'LEAD' : `${n}th LD`}`, headline: `Headline ${n}`, slug: 'S Korea-bulk', attn: null },
});

async function open(): Promise<{ store: Store; dir: string }> {
  const { home, dir } = tempStore();
  return { store: await Store.open(dir, { PATH: process.env.PATH ?? '', HOME: home }), dir };
}

/** Every file and folder git itself did not put in a bare store: what a write may leave behind. */
function strays(dir: string): string[] {
  const git = ['HEAD', 'config', 'description', 'hooks', 'info', 'objects', 'refs', 'logs', 'branches', 'packed-refs'];
  return readdirSync(dir).filter((name) => !git.includes(name) && name !== 'leads-index');
}

describe('Store.writeStory (bulk import of one story)', () => {
  it('writes a run of leads as one line of commits and moves the ref once', async () => {
    const { store } = await open();
    const commits = await store.writeStory('bulk-story', null, [lead('bulk-story', 0, 'first\n'), lead('bulk-story', 1, 'second\n'), lead('bulk-story', 2, 'third\n')]);
    expect(commits).toHaveLength(3);
    const log = await store.log('bulk-story');
    expect(log.map((record) => record.commit)).toEqual([...commits].reverse());
    expect(await store.texts(commits)).toEqual(['first\n', 'second\n', 'third\n']);
    expect(log.map((record) => record.time)).toEqual(['2026-03-14T02:00:00+00:00', '2026-03-14T01:00:00+00:00', '2026-03-14T00:00:00+00:00']);
  });

  it('refuses with a conflict when the story moved meanwhile, and leaves it as it was', async () => {
    const { store } = await open();
    const [first] = await store.writeStory('bulk-story', null, [lead('bulk-story', 0, 'first\n')]);
    await expect(store.writeStory('bulk-story', null, [lead('bulk-story', 0, 'other\n')])).rejects.toThrow(/moved on to lead 0 while you were editing/);
    expect((await store.log('bulk-story')).map((record) => record.commit)).toEqual([first]);
  });

  it('makes the very commits that writing each lead in turn makes: same trees, messages, authors and times', async () => {
    const a = await open();
    const b = await open();
    const leads = [lead('same', 0, 'Séoul first\n'), lead('same', 1, 'second\n'), lead('same', 2, 'third, with "quotes" <and> brackets\n')];
    const bulk = await a.store.writeStory('same', null, leads);
    let parent: string | null = null;
    const single: string[] = [];
    for (const one of leads) single.push((parent = await b.store.write({ ...one, story: 'same', parent })));
    expect(bulk).toEqual(single);
  });
});

describe('Store.writeStories (bulk import)', () => {
  it('writes many stories in one fast-import and one ref transaction, new ones and continued ones', async () => {
    const { store, dir } = await open();
    const [old] = await store.writeStory('old-story', null, [lead('old-story', 0, 'old 0\n')]);
    const report = await store.writeStories([
      { story: 'new-story', parent: null, leads: [lead('new-story', 0, 'new 0\n'), lead('new-story', 1, 'new 1\n')] },
      { story: 'old-story', parent: old!, leads: [lead('old-story', 1, 'old 1\n')] },
      { story: 'empty-story', parent: null, leads: [] },
    ]);
    expect(report.conflicts).toEqual([]);
    expect(report.written.map((w) => [w.story, w.commits.length])).toEqual([
      ['new-story', 2],
      ['old-story', 1],
    ]);
    expect((await store.log('old-story')).map((record) => record.lead)).toEqual([1, 0]);
    expect(await store.texts((await store.log('new-story')).map((record) => record.commit))).toEqual(['new 1\n', 'new 0\n']);
    // fast-import ran in a scratch repository: no ref, branch, marks file or crash report in the store.
    expect(git(dir, 'for-each-ref', '--format=%(refname)').split('\n').filter(Boolean)).toEqual(['refs/leads/new-story', 'refs/leads/old-story']);
    expect(strays(dir)).toEqual([]);
    expect(git(dir, 'fsck', '--no-progress', '--no-dangling')).toBe('');
  });

  it('leaves a story another writer moved meanwhile as that writer left it, writes the rest, and reports it', async () => {
    const { store } = await open();
    const [base] = await store.writeStory('raced', null, [lead('raced', 0, 'raced 0\n')]);
    // Another desk moves the story on after the import read it at `base`.
    const theirs = await store.write({ ...lead('raced', 1, 'their lead 1\n'), story: 'raced', parent: base! });
    const report = await store.writeStories([
      { story: 'calm-a', parent: null, leads: [lead('calm-a', 0, 'a\n')] },
      { story: 'raced', parent: base!, leads: [lead('raced', 1, 'our lead 1\n')] },
      { story: 'calm-b', parent: null, leads: [lead('calm-b', 0, 'b\n')] },
    ]);
    expect(report.conflicts).toEqual(['raced']);
    expect(report.written.map((w) => w.story)).toEqual(['calm-a', 'calm-b']);
    expect((await store.tip('raced'))!.commit).toBe(theirs);
    expect((await store.tip('calm-a'))!.lead).toBe(0);
    expect((await store.tip('calm-b'))!.lead).toBe(0);
  });

  it('moves nothing when the runs cannot be read to the end, and says why', async () => {
    const { store, dir } = await open();
    async function* runs(): AsyncGenerator<StoryRun> {
      yield { story: 'first-story', parent: null, leads: [lead('first-story', 0, 'one\n')] };
      throw new Error('the archive disk went away');
    }
    await expect(store.writeStories(runs())).rejects.toThrow('the archive disk went away');
    expect(git(dir, 'for-each-ref')).toBe('');
    expect(strays(dir)).toEqual([]);
    expect(git(dir, 'fsck', '--no-progress', '--no-dangling')).toBe('');
  });

  it('refuses a story id that is not one before anything moves', async () => {
    const { store, dir } = await open();
    await expect(store.writeStories([{ story: '--upload-pack=x', parent: null, leads: [lead('x', 0, 'x\n')] }])).rejects.toMatchObject({ kind: 'bad-story-id' });
    expect(git(dir, 'for-each-ref')).toBe('');
  });

  it('packs the refs once 100 have been written loose, and keeps the slug index', async () => {
    const { store, dir } = await open();
    const runs = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => ({ story: `story-${from + i}-20260314`, parent: null, leads: [lead(`story-${from + i}-20260314`, 0, `s${from + i}\n`)] }));
    await store.writeStories(runs(0, 60));
    expect(readdirSync(join(dir, 'refs/leads'))).toHaveLength(60);
    await store.writeStories(runs(60, 50));
    expect(existsSync(join(dir, 'refs/leads')) ? readdirSync(join(dir, 'refs/leads')) : []).toEqual([]);
    const packed = readFileSync(join(dir, 'packed-refs'), 'utf8');
    expect(packed.split('\n').filter((line) => line.includes(' refs/leads/'))).toHaveLength(110);
    const day = readFileSync(join(dir, 'leads-index/days/20260314'), 'utf8').trim().split('\n');
    expect(day).toHaveLength(110);
    expect(day).toContain(`story-109-20260314\t${Date.UTC(2026, 2, 14) / 1000}`);
  });
});
