import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipBrowser, warnIfNoBrowser } from '../helpers/browser.js';
import { renderArticle } from '../../src/article/render.js';
import { Store } from '../../src/store/store.js';
import { P, oil2, tide3, v0, v1, v2, v3 } from '../fixtures/ship-story.js';
import { S, STORM, stormText } from '../fixtures/storm-story.js';
import { serveStore } from '../helpers/serve.js';
import { SAMPLE_DIR, SAMPLE_STORY, git, sampleLead, tempStore } from '../helpers/store.js';

const { home, dir, leads } = tempStore();
[v0, v1, v2, v3].forEach((lead, n) => {
  const file = join(home, `ship-${n}.txt`);
  writeFileSync(file, renderArticle(lead));
  const result = leads(['commit', file, '--story', 'ship-aground', '--date', `2026-06-02T0${n + 1}:00:00Z`]);
  if (result.code !== 0) throw new Error(result.stderr);
});
leads(['commit', '-', '--story', 'xss-test'], 'S Korea-xss\n<script>alert(1)</script> headline\nSEOUL, March 14 (Hangang News) -- "><img src=x onerror=alert(2)> was typed.\n\n(END)\n');

let server: ChildProcess;
let base = '';

/** The storm story with leads 0, 1, 3 and 4, as an import of an archive missing lead 2 leaves it. */
const STORM_NUMBERS = [0, 1, 3, 4];

beforeAll(async () => {
  const store = await Store.open(dir, { PATH: process.env.PATH ?? '', HOME: home });
  await store.writeStories([
    {
      story: 'storm-busan',
      parent: null,
      leads: STORM.map((lead, k) => ({
        text: stormText(lead.label, lead.paragraphs),
        author: { name: 'Desk', email: 'desk@example.com' },
        time: new Date(Date.UTC(2026, 9, 9, k + 1)),
        message: { lead: STORM_NUMBERS[k]!, story: 'storm-busan', label: lead.label, headline: 'Storm shuts Busan bridge', slug: 'S Korea-storm', attn: null },
      })),
    },
  ]);
  ({ child: server, base } = await serveStore(dir, home));
});

afterAll(() => {
  server?.kill();
});

const get = async (path: string) => {
  const response = await fetch(`${base}${path.replace(/^\//, '')}`);
  return { status: response.status, html: await response.text() };
};

/** The story page's rows, newest first: label, its link, the redline link, the bar's title, its widths and its words. */
function timelineOf(html: string) {
  return [...html.matchAll(/<tr><td class="label"><a href="([^"]+)">([^<]+)<\/a><\/td><td>.*?<\/td><td class="changes">(.*?)<\/td>/g)].map((m) => {
    const [, lead, label, changes] = m;
    const row = /^<span class="bar" role="img" title="([^"]+)" aria-label="([^"]+)">(.*)<\/span><br>(.*)$/.exec(changes!);
    const redline = new RegExp(`<a href="(/story/[^"]+/diff/[^"]+)">redline</a>`).exec(m[0])?.[1] ?? null;
    if (!row) return { label, lead, redline, bar: null };
    expect(row[2]).toBe(row[1]);
    return { label, lead, redline, bar: row[1], widths: [...row[3]!.matchAll(/class="(\w+)" style="width:([\d.]+%)"/g)].map((w) => `${w[1]} ${w[2]}`), words: row[4] };
  });
}

/** The lead page's margin: each row's number, since and changed labels with the link behind them, and its text. */
function marginOf(html: string) {
  const cell = (text: string) => text.replace(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g, '$2 -> $1');
  return [...html.matchAll(/<td class="n">([^<]*)<\/td><td class="since">(.*?)<\/td><td class="changed">(.*?)<\/td><td class="t">(.*?)<\/td>/g)].map((m) => [m[1], cell(m[2]!), cell(m[3]!), m[4]]);
}

describe('the story page: a bar per lead of the paragraphs it changed', () => {
  it('counts each lead against the one before, scaled to the busiest lead, with links to the lead and its redline', async () => {
    const { status, html } = await get('/story/ship-aground');
    expect(status).toBe(200);
    expect(timelineOf(html)).toEqual([
      { label: '3rd LD', lead: '/story/ship-aground/lead/3', redline: '/story/ship-aground/diff/2..3', bar: '1 added, 1 changed, 0 moved, 0 removed', widths: ['added 50%', 'changed 50%'], words: '1 added, 1 changed' },
      { label: '2nd LD', lead: '/story/ship-aground/lead/2', redline: '/story/ship-aground/diff/1..2', bar: '0 added, 1 changed, 1 moved, 0 removed', widths: ['changed 50%', 'moved 50%'], words: '1 changed, 1 moved' },
      { label: 'LEAD', lead: '/story/ship-aground/lead/1', redline: '/story/ship-aground/diff/0..1', bar: '1 added, 0 changed, 0 moved, 0 removed', widths: ['added 50%'], words: '1 added' },
      { label: 'first', lead: '/story/ship-aground/lead/0', redline: null, bar: null },
    ]);
  });

  it('with a lead missing from the numbers, each lead is compared with the one before it in the log', async () => {
    const { status, html } = await get('/story/storm-busan');
    expect(status).toBe(200);
    expect(timelineOf(html)).toEqual([
      { label: '3rd LD', lead: '/story/storm-busan/lead/4', redline: '/story/storm-busan/diff/3..4', bar: '0 added, 1 changed, 0 moved, 0 removed', widths: ['changed 25%'], words: '1 changed' },
      { label: '2nd LD', lead: '/story/storm-busan/lead/3', redline: '/story/storm-busan/diff/1..3', bar: '1 added, 0 changed, 2 moved, 1 removed', widths: ['added 25%', 'moved 50%', 'removed 25%'], words: '1 added, 2 moved, 1 removed' },
      { label: 'LEAD', lead: '/story/storm-busan/lead/1', redline: '/story/storm-busan/diff/0..1', bar: '2 added, 1 changed, 0 moved, 0 removed', widths: ['added 50%', 'changed 25%'], words: '2 added, 1 changed' },
      { label: 'first', lead: '/story/storm-busan/lead/0', redline: null, bar: null },
    ]);
    // Every link on the page leads somewhere.
    for (const href of [...html.matchAll(/href="(\/story\/[^"]+)"/g)].map((m) => m[1]!)) expect((await get(href)).status, href).toBe(200);
  });
});

describe('the lead page: the blame in the margin', () => {
  it('gives since and changed of every paragraph and the headline, changed labels linked to their redlines', async () => {
    const { status, html } = await get('/story/ship-aground/lead/3');
    expect(status).toBe(200);
    expect(html).toContain('<h1>ship-aground: 3rd LD</h1>');
    const redline = (range: string) => `/story/ship-aground/diff/${range}`;
    expect(marginOf(html)).toEqual([
      ['headline', 'first', 'first', 'Cargo ship runs aground off Mokpo'],
      ['dateline', 'first', 'first', 'SEOUL, June 2 (Hangang News)'],
      ['1', 'first', 'first', P.lead],
      ['2', 'first', `first<br><small>moved in 2nd LD -> ${redline('1..2')}</small>`, P.owner],
      ['3', 'first', 'first', P.crew],
      ['4', 'first', `2nd LD -> ${redline('1..2')}`, oil2],
      ['5', 'first', 'first', P.divers],
      ['6', `LEAD -> ${redline('0..1')}`, `3rd LD -> ${redline('2..3')}`, tide3],
      ['7', `3rd LD -> ${redline('2..3')}`, `3rd LD -> ${redline('2..3')}`, P.fish],
    ]);
  });

  it.each([['3'], ['3rd'], ['3rd%20LD'], ['latest']])('takes the lead as leads show does: %s', async (ref) => {
    const { status, html } = await get(`/story/ship-aground/lead/${ref}`);
    expect(status).toBe(200);
    expect(html).toContain('<h1>ship-aground: 3rd LD</h1>');
  });

  it('an older lead is blamed against the leads up to it', async () => {
    const { html } = await get('/story/ship-aground/lead/LEAD');
    expect(marginOf(html).map((row) => row.slice(0, 3))).toEqual([
      ['headline', 'first', 'first'],
      ['dateline', 'first', 'first'],
      ...[1, 2, 3, 4, 5].map((n) => [String(n), 'first', 'first']),
      ['6', 'LEAD -> /story/ship-aground/diff/0..1', 'LEAD -> /story/ship-aground/diff/0..1'],
    ]);
  });

  it('links to the redline where a paragraph changed, across a gap in the lead numbers, and that redline shows the change', async () => {
    const { html } = await get('/story/storm-busan/lead/4');
    const rows = marginOf(html);
    expect(rows.find((row) => row[3] === S.buses2)!.slice(1, 3)).toEqual(['first', '2nd LD or earlier -> /story/storm-busan/diff/1..3<br><small>moved in 2nd LD or earlier -> /story/storm-busan/diff/1..3</small>']);
    expect(rows.find((row) => row[3] === S.ferrySail)!.slice(1, 3)).toEqual(['LEAD -> /story/storm-busan/diff/0..1', 'LEAD -> /story/storm-busan/diff/0..1']);
    const redline = await get('/story/storm-busan/diff/1..3');
    expect(redline.status).toBe(200);
    expect(redline.html).toContain('<h1>storm-busan: LEAD to 2nd LD</h1>');
    expect(redline.html).toContain('sent along the coast road<del> instead</del>.');
  });

  it.each([
    ['an unknown lead', '/story/ship-aground/lead/9', "<p>story ship-aground has no lead &#39;9&#39;; it has leads 0 to 3"],
    ['a lead number missing from the story', '/story/storm-busan/lead/2', '<p>lead 2 (2nd LD) of storm-busan is missing from the archive the story was imported from; it has leads 0 to 1, 3 to 4</p>'],
    ['a lead that looks like a git option', '/story/ship-aground/lead/--all', '<p>story ship-aground has no lead &#39;--all&#39;'],
    ['an unknown story', '/story/no-such-story/lead/1', "<p>no story &#39;no-such-story&#39; in the store"],
    // A ref that does not decode once fell back to the latest lead.
    ['a lead ref that does not decode', '/story/ship-aground/lead/%ZZ', '<p>No such page: try the story list.</p>'],
    ['a redline ref that does not decode', '/story/ship-aground/diff/%ZZ..0', '<p>No such page: try the story list.</p>'],
  ])('404 for %s, with the message (escaped)', async (_name, path, message) => {
    const { status, html } = await get(path);
    expect(status).toBe(404);
    expect(html).toContain(message);
  });

  it('escapes story text', async () => {
    const { status, html } = await get('/story/xss-test/lead/0');
    expect(status).toBe(200);
    expect(html).not.toMatch(/<script>|<img/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; headline');
  });
});

describe('the lead page of a lead a pull kept aside', () => {
  it('blames it against the leads it followed, and names it by commit id in its links', async () => {
    const remote = join(mkdtempSync(join(tmpdir(), 'leads-remote-')), 'shared.git');
    execFileSync('git', ['init', '-q', '--bare', remote]);
    const [seoul, busan] = [tempStore('seoul'), tempStore('busan')];
    for (const desk of [seoul, busan]) git(desk.dir, 'remote', 'add', 'origin', remote);
    expect(seoul.leads(['commit', join(SAMPLE_DIR, '00.txt'), '--date', '2026-03-14T01:00:00Z']).code).toBe(0);
    expect(seoul.leads(['push']).code).toBe(0);
    expect(busan.leads(['pull']).code).toBe(0);
    // Both desks write the LEAD; Seoul's gets there first, and Busan's is kept aside by the pull.
    expect(seoul.leads(['commit', join(SAMPLE_DIR, '01.txt'), '--date', '2026-03-14T02:00:00Z']).code).toBe(0);
    expect(busan.leads(['commit', '-', '--story', SAMPLE_STORY, '--fix-attn', '--date', '2026-03-14T02:01:00Z'], sampleLead(1).replace('(END)', 'Busan desk adds a paragraph.\n\n(END)')).code).toBe(0);
    expect(seoul.leads(['push']).code).toBe(0);
    expect(busan.leads(['pull']).code).toBe(0);
    const [kept] = JSON.parse(busan.leads(['log', '--unsent', '--json']).stdout) as { commit: string }[];

    const own = await serveStore(busan.dir, busan.home);
    try {
      const response = await fetch(`${own.base}story/${SAMPLE_STORY}/lead/${kept!.commit.slice(0, 10)}`);
      expect(response.status).toBe(200);
      const rows = marginOf(await response.text());
      const redline = `/story/${SAMPLE_STORY}/diff/0..${kept!.commit}`;
      expect(rows.at(-1)).toEqual(['8', `LEAD -> ${redline}`, `LEAD -> ${redline}`, 'Busan desk adds a paragraph.']);
      expect(rows.find((row) => row[0] === '1')!.slice(1, 3)).toEqual(['first', 'first']);
      const diff = await (await fetch(`${own.base}${redline.slice(1)}`)).text();
      expect(diff).toContain('<td class="t">Busan desk adds a paragraph.</td>');
    } finally {
      own.child.kill();
    }
  });
});

warnIfNoBrowser('the lead page browser test');

describe('the lead page in a real browser', () => {
  it.skipIf(skipBrowser)('opens a lead from the story page and follows a margin link to the redline', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${base}story/ship-aground`);
      expect(await page.locator('.bar').first().getAttribute('aria-label')).toBe('1 added, 1 changed, 0 moved, 0 removed');
      await page.click('td.label >> text=3rd LD');
      expect(page.url()).toBe(`${base}story/ship-aground/lead/3`);
      await page.locator('#p-4 td.changed a').click();
      expect(page.url()).toBe(`${base}story/ship-aground/diff/1..2`);
      expect(await page.locator('h1').textContent()).toBe('ship-aground: LEAD to 2nd LD');
      expect(await page.locator('del').allTextContents()).toContain('3');
    } finally {
      await browser.close();
    }
  }, 60_000);
});
