import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipBrowser, warnIfNoBrowser } from '../helpers/browser.js';
import { Store } from '../../src/store/store.js';
import { serveStore as serve } from '../helpers/serve.js';
import { SAMPLE_STORY, commitSample, git, sampleLead, tempStore } from '../helpers/store.js';

const { home, dir, leads } = tempStore();
commitSample(leads);
leads(['commit', '-', '--story', 'xss-test'], 'S Korea-xss\n<script>alert(1)</script> headline\nSEOUL, March 14 (Hangang News) -- "><img src=x onerror=alert(2)> was typed.\n\n(END)\n');

let server: ChildProcess;
let base = '';

/** A GET with the Host header a browser on another site would send (fetch may not set it). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, host === '' ? { setHost: false } : { headers: { Host: host } }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

/** A request by hand, for what fetch will not send (Origin, a body that never ends); resolves at the response. */
function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string | number>; body?: string | Buffer; endless?: boolean; open?: boolean },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: options.method ?? 'POST', headers: options.headers }, (response) => {
      // A body that never ends: the status is the answer, and the server may reset the connection right after it.
      if (options.endless) {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: '' });
        request.destroy();
        return;
      }
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      response.on('error', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    // The server closes on a body it will not read: the rest of ours then cannot be written, which is the point.
    // A reset before any answer fails the test at once rather than at its timeout.
    request.on('error', (error) => (options.open ? undefined : options.endless ? resolve({ status: 0, headers: {}, body: String(error) }) : reject(error)));
    if (options.body !== undefined) request.write(options.body);
    if (options.endless) {
      // 64 KiB chunks, on and on: the answer must come without the body ever ending.
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = () => {
        while (!request.destroyed && request.write(chunk));
        if (!request.destroyed) request.once('drain', pump);
      };
      pump();
    } else if (!options.open) request.end();
  });
}

/** The form a browser would post. */
const form = (fields: [string, string][]) => new URLSearchParams(fields).toString();
const FORM_TYPE = { 'Content-Type': 'application/x-www-form-urlencoded' };

/** The 4th LD with its label and ATTN line left from `leads show`, and one paragraph more before (END). */
const NEW_PARAGRAPH = 'Schools in Donghae will open as usual on Monday once engineers have checked every classroom, the city education office said.';
const DRAFT = sampleLead(4).replace('\n(END)', `\n${NEW_PARAGRAPH}\n\n(END)`);
const refsOf = (store: string) => git(store, 'for-each-ref', '--format=%(refname) %(objectname)');

beforeAll(async () => {
  ({ child: server, base } = await serve(dir, home));
});

afterAll(() => {
  server?.kill();
});

describe('leads serve over HTTP', () => {
  it('lists the stories with their latest label and headline', async () => {
    const response = await fetch(base);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain(`<a href="/story/${SAMPLE_STORY}">2 hurt as magnitude 5.1 quake jolts S. Korea&#39;s east coast</a>`);
    expect(html).toContain('<td class="label">4th LD</td>');
  });

  it("shows a story's timeline with ATTN lines and redline links", async () => {
    const html = await (await fetch(`${base}story/${SAMPLE_STORY}`)).text();
    expect(html).toContain('(ATTN: UPDATES damage figures in 5th para; RESTRUCTURES; TRIMS)');
    expect(html).toContain(`<a href="/story/${SAMPLE_STORY}/diff/2..3">redline</a>`);
  });

  it('serves the redline between any two leads, by number or label', async () => {
    const html = await (await fetch(`${base}story/${SAMPLE_STORY}/diff/LEAD..4th`)).text();
    expect(html).toContain(`<h1>${SAMPLE_STORY}: LEAD to 4th LD</h1>`);
    expect(html).toContain('<del>An earthquake of </del>');
  });

  it('escapes story text', async () => {
    const list = await (await fetch(base)).text();
    expect(list).not.toContain('<script>alert(1)</script>');
    expect(list).toContain('&lt;script&gt;alert(1)&lt;/script&gt; headline');
    const timeline = await (await fetch(`${base}story/xss-test`)).text();
    expect(timeline).not.toMatch(/<script>|<img/);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('refuses %s with 405', async (method) => {
    const response = await fetch(base, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers HEAD without a body', async () => {
    const response = await fetch(`${base}story/${SAMPLE_STORY}`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['an unknown story', 'story/no-such-story'],
    ['a story id that is not one', 'story/..%2F..%2Fetc'],
    ['an unknown lead', `story/${SAMPLE_STORY}/diff/0..9`],
    ['an unknown path', 'admin'],
  ])('404 for %s', async (_name, path) => {
    expect((await fetch(`${base}${path}`)).status).toBe(404);
  });
});

describe('leads serve trusts no Host', () => {
  it.each([
    ['another site', 'evil.example', 421],
    ['another site on our port', 'evil.example:PORT', 421],
    // Node's server refuses an HTTP/1.1 request without Host itself.
    ['no Host at all', '', 400],
    ['its address', '127.0.0.1:PORT', 200],
    ['localhost', 'localhost:PORT', 200],
    ['localhost in capitals', 'LOCALHOST:PORT', 200],
  ])('%s: %s -> %i', async (_name, host, status) => {
    const port = new URL(base).port;
    const response = await getWithHost(base, host.replace('PORT', port));
    expect(response.status).toBe(status);
    if (status !== 200) expect(response.body).not.toContain('quake');
  });

  it('logs one line per request on stderr: method, path, status, time', async () => {
    const own = await serve(dir, home);
    try {
      await fetch(`${own.base}story/${SAMPLE_STORY}`);
      await fetch(`${own.base}nowhere`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const lines = own.stderr().trim().split('\n');
      expect(lines[0]).toMatch(new RegExp(`^GET /story/${SAMPLE_STORY} 200 \\d+\\.\\dms$`));
      expect(lines[1]).toMatch(/^GET \/nowhere 404 \d+\.\dms$/);
    } finally {
      own.child.kill();
    }
  });

  it('a wildcard bind warns that the network can read the store; names come only from --allow-host', async () => {
    const open = await serve(dir, home, ['--host', '0.0.0.0', '--allow-host', 'desk.newsroom.example']);
    try {
      expect(open.stderr()).toContain('leads: warning: listening on 0.0.0.0: anyone on the network who can reach it can read the store');
      const port = new URL(open.base).port;
      const local = `http://127.0.0.1:${port}/`;
      expect((await getWithHost(local, `desk.newsroom.example:${port}`)).status).toBe(200);
      expect((await getWithHost(local, `127.0.0.1:${port}`)).status).toBe(200);
      expect((await getWithHost(local, `other.newsroom.example:${port}`)).status).toBe(421);
    } finally {
      open.child.kill();
    }
  });

  it('a store that disappears while serving gives a 500 page that says so', async () => {
    const doomed = tempStore('doomed');
    commitSample(doomed.leads, 1);
    const own = await serve(doomed.dir, doomed.home);
    try {
      renameSync(doomed.dir, `${doomed.dir}-moved`);
      const response = await fetch(`${own.base}story/${SAMPLE_STORY}`);
      expect(response.status).toBe(500);
      expect(await response.text()).toContain(`The store at ${doomed.dir} is gone`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(own.stderr()).toContain(`leads: error serving /story/${SAMPLE_STORY}: the store at ${doomed.dir} is gone`);
    } finally {
      own.child.kill();
    }
  });
});

describe('leads serve on a store of many stories', () => {
  const many = tempStore('many');
  let manyServer: ChildProcess | undefined;
  let manyBase = '';
  const minute = (n: number) => new Date(Date.UTC(2026, 2, 14, 0, n));

  beforeAll(async () => {
    const store = await Store.open(many.dir, { PATH: process.env.PATH ?? '', HOME: many.home });
    await store.writeStories(
      Array.from({ length: 230 }, (_, n) => ({
        story: `story-${n}`,
        parent: null,
        leads: [{ text: `Story ${n}\n\nSEOUL (Hangang News) -- Story ${n}.\n\n(END)\n`, author: { name: 'Desk', email: 'desk@example.com' }, time: minute(n), message: { lead: 0, story: `story-${n}`, label: null, headline: `Headline of story ${n}`, slug: null, attn: null } }],
      })),
    );
    ({ child: manyServer, base: manyBase } = await serve(many.dir, many.home));
  });

  afterAll(() => {
    manyServer?.kill();
  });

  const storiesOn = (html: string) => [...html.matchAll(/<small>(story-\d+)<\/small>/g)].map((m) => m[1]);

  it('shows the newest 100 stories first, with a link to the older ones', async () => {
    const html = await (await fetch(manyBase)).text();
    expect(storiesOn(html)).toEqual(Array.from({ length: 100 }, (_, i) => `story-${229 - i}`));
    expect(html).toContain('<nav class="pages">Stories 1-100 of 230 · <a href="/?page=2" rel="next">Older stories</a></nav>');
  });

  it.each([
    ['2', 129, 30, '<nav class="pages"><a href="/" rel="prev">Newer stories</a> · Stories 101-200 of 230 · <a href="/?page=3" rel="next">Older stories</a></nav>'],
    ['3', 29, 0, '<nav class="pages"><a href="/?page=2" rel="prev">Newer stories</a> · Stories 201-230 of 230</nav>'],
  ])('page %s runs on from the page before, linked both ways', async (page, newest, oldest, nav) => {
    const html = await (await fetch(`${manyBase}?page=${page}`)).text();
    const shown = storiesOn(html);
    expect([shown[0], shown.at(-1)]).toEqual([`story-${newest}`, `story-${oldest}`]);
    expect(html).toContain(nav);
  });

  it.each(['0', '4', 'two', '-1', '1.5'])('says there is no page %s', async (page) => {
    const response = await fetch(`${manyBase}?page=${page}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('No such page: the story list has 3 pages.');
  });

  it('shows a story committed while it runs on the next request', async () => {
    await (await fetch(manyBase)).text();
    const result = many.leads(['commit', '-', '--story', 'late-story'], 'S Korea-late\nA late story moves\nSEOUL, March 14 (Hangang News) -- It moved late.\n\n(END)\n');
    expect(result.code).toBe(0);
    const html = await (await fetch(manyBase)).text();
    expect(storiesOn(html)).not.toContain('story-130');
    expect(html).toContain('<a href="/story/late-story">A late story moves</a>');
    expect(html).toContain('Stories 1-100 of 231');
  });
});

describe('leads serve /check: a draft checked, nothing written', () => {
  const post = (fields: [string, string][], headers: Record<string, string> = {}) =>
    rawRequest(`${base}check`, { headers: { ...FORM_TYPE, ...headers }, body: form(fields) });
  /** What `leads attn`, `leads check` say of a draft after the story's latest lead, run as commands. */
  const cli = (draft: string) => {
    const folder = mkdtempSync(join(tmpdir(), 'leads-draft-'));
    writeFileSync(join(folder, 'draft.txt'), draft);
    writeFileSync(join(folder, 'latest.txt'), leads(['show', SAMPLE_STORY]).stdout);
    return {
      attn: leads(['attn', join(folder, 'latest.txt'), join(folder, 'draft.txt')]).stdout.trim(),
      check: leads(['check', join(folder, 'draft.txt'), '--story', SAMPLE_STORY]).stdout,
    };
  };
  const text = (html: string, id: string) => new RegExp(`id="${id}">([^<]*)<`).exec(html)?.[1] ?? null;

  it('GET /check is a form: the 100 latest stories to choose from, a field for any other id, a text area, posted to /check', async () => {
    const response = await fetch(`${base}check`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
    const html = await response.text();
    expect(html).toContain('<form method="post" action="/check" accept-charset="utf-8">');
    expect([...html.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1])).toEqual(['xss-test', SAMPLE_STORY]);
    expect(html).toContain('<input id="story-id" name="story" type="text" size="40" value="">');
    expect(html).toContain('<textarea id="text" name="text" rows="18" required>');
    expect(html).not.toMatch(/<script|<img/);
  });

  it('a draft the same as the latest lead: commit would refuse it, and the label says it only once the draft can move', async () => {
    const latest = leads(['show', SAMPLE_STORY]).stdout;
    const response = await post([['story', SAMPLE_STORY], ['text', latest]]);
    expect(response.status).toBe(200);
    expect(text(response.body, 'label')).toBe('5th LD once it can move: leads commit would refuse it as it is (below)');
    expect(text(response.body, 'commit')).toMatch(/^would refuse it/);
  });

  it('the story list and the timeline link to it', async () => {
    expect(await (await fetch(base)).text()).toContain('<nav><a href="/check">Check a draft</a></nav>');
    expect(await (await fetch(`${base}story/${SAMPLE_STORY}`)).text()).toContain('<nav><a href="/">All stories</a> · <a href="/check">Check a draft</a></nav>');
  });

  it("shows the draft's label, the ATTN line leads writes, and the redline, as the commands give them; refs unchanged", async () => {
    const [before, logBefore] = [refsOf(dir), leads(['log', SAMPLE_STORY]).stdout];
    const draft = DRAFT.replace(/^\(ATTN:.*\)\n/m, '');
    const response = await post([['story', SAMPLE_STORY], ['story', ''], ['text', draft]]);
    expect(response.status).toBe(200);
    const html = response.body;
    expect(text(html, 'label')).toBe('5th LD');
    expect(text(html, 'attn')).toBe('(ATTN: ADDS city education office&#39;s comments last para)');
    expect(text(html, 'attn')!.replace('&#39;', "'")).toBe(cli(draft).attn);
    expect(html).toContain('<dd>The draft carries no ATTN line.</dd>');
    expect(text(html, 'commit')).toBe('would store it with the line leads writes: (ATTN: ADDS city education office&#39;s comments last para)');
    expect(html).toContain(`<tr class="add" id="p-11"><td class="n">11</td><td class="m">added</td><td class="t">${NEW_PARAGRAPH}</td></tr>`);
    expect(html).toContain('<h2>Redline: 4th LD to the draft</h2>');
    expect(refsOf(dir)).toBe(before);
    expect(leads(['log', SAMPLE_STORY]).stdout).toBe(logBefore);
  });

  it("gives the findings of leads check on the draft's own ATTN line", async () => {
    const draft = DRAFT.replace(/^\(ATTN:.*\)$/m, '(ATTN: UPDATES casualty figures in 2nd para)');
    const html = (await post([['story', SAMPLE_STORY], ['text', draft]])).body;
    expect(text(html, 'draft-attn')).toBe('(ATTN: UPDATES casualty figures in 2nd para)');
    expect(text(html, 'verdict')).toBe('It does not announce what changed.');
    const findings = [...html.matchAll(/<li class="finding-(\w+)">([^<]*)<\/li>/g)].map((m) => m[2]!.replaceAll('&#39;', "'"));
    const fromCli = cli(draft).check.split('\n').filter((line) => /^(error|style|note): /.test(line) && !line.includes('label'));
    expect(findings).toEqual(fromCli);
    expect(findings.length).toBeGreaterThan(0);
    expect(text(html, 'commit')).toContain('would refuse it: the draft&#39;s ATTN line does not match the copy');
  });

  it('a typed story id wins over the choice in the list', async () => {
    const html = (await post([['story', 'xss-test'], ['story', SAMPLE_STORY], ['text', DRAFT]])).body;
    expect(html).toContain(`checked against lead 4 (4th LD)`);
  });

  it.each([
    ['no story', [['story', ''], ['text', DRAFT]], 400, 'Choose a story from the list, or type its id.'],
    ['an unknown story', [['story', 'no-such-story'], ['text', DRAFT]], 404, 'No story &#39;no-such-story&#39; in the store; choose one from the list.'],
    ['a story id that is not one', [['story', '../HEAD'], ['text', DRAFT]], 400, 'is not a story id'],
    ['an empty draft', [['story', SAMPLE_STORY], ['text', ' \r\n ']], 400, 'The draft is empty: paste the lead&#39;s text.'],
    ['no text field', [['story', SAMPLE_STORY]], 400, 'The draft is empty'],
  ] as const)('%s: a 4xx page with the message and the form again', async (_name, fields, status, message) => {
    const before = refsOf(dir);
    const response = await post(fields.map(([k, v]) => [k, v]));
    expect(response.status).toBe(status);
    expect(response.body).toContain('<p class="error" role="alert">');
    expect(response.body).toContain(message);
    expect(response.body).toContain('<form method="post" action="/check"');
    expect(refsOf(dir)).toBe(before);
  });

  it('a form of thousands of fields is refused at once, and the server keeps answering', async () => {
    // 40,000 repeats of one name took the server 14 s when each repeat copied the list of values.
    const response = await rawRequest(`${base}check`, { headers: FORM_TYPE, body: 't&'.repeat(40_000) });
    expect(response.status).toBe(400);
    expect(response.body).toContain('The form has more than 32 fields');
    expect((await fetch(base)).status).toBe(200);
  });

  it('a draft that is not UTF-8 is refused, not mended', async () => {
    const response = await rawRequest(`${base}check`, { headers: FORM_TYPE, body: `story=${SAMPLE_STORY}&text=Caf%E9%0A%0ASEOUL+--+x.` });
    expect(response.status).toBe(400);
    expect(response.body).toContain('The draft is not valid UTF-8');
  });

  it.each([
    ['a foreign site', 'http://evil.example', 403],
    ['our own address over https (not how it is served)', 'https://127.0.0.1:PORT', 403],
    ['a sandboxed page (null)', 'null', 403],
    ['our own address', 'http://127.0.0.1:PORT', 200],
    ['localhost', 'http://localhost:PORT', 200],
  ])('Origin of %s: %s -> %i', async (_name, origin, status) => {
    const port = new URL(base).port;
    const response = await post([['story', SAMPLE_STORY], ['text', DRAFT]], { Origin: origin.replace('PORT', port) });
    expect(response.status).toBe(status);
    if (status === 403) expect(response.body).not.toContain('id="label"');
  });

  it.each(['text/plain', 'multipart/form-data; boundary=x', 'application/json'])('415 for a body of %s', async (type) => {
    const response = await rawRequest(`${base}check`, { headers: { 'Content-Type': type }, body: form([['story', SAMPLE_STORY], ['text', DRAFT]]) });
    expect(response.status).toBe(415);
    expect(response.headers['accept-post']).toBe('application/x-www-form-urlencoded');
  });

  it('413 for a declared body over 8 MiB, before reading it', async () => {
    const response = await rawRequest(`${base}check`, { headers: { ...FORM_TYPE, 'Content-Length': 8 * 1024 * 1024 + 1 }, body: `story=${SAMPLE_STORY}&text=`, open: true });
    expect(response.status).toBe(413);
    expect(response.body).toContain('over the 8 MiB limit');
  });

  // Without a Content-Length, Node's client sends the body chunked.
  it('413 for a body that runs past 8 MiB and never ends: reading stops at the limit', async () => {
    const response = await rawRequest(`${base}check`, { headers: FORM_TYPE, body: `story=${SAMPLE_STORY}&text=`, endless: true });
    expect(response.status).toBe(413);
    // The server still answers afterwards.
    expect((await fetch(`${base}check`)).status).toBe(200);
  });

  it.each([
    ['POST', '', 'GET, HEAD'],
    ['POST', `story/${SAMPLE_STORY}`, 'GET, HEAD'],
    ['PUT', 'check', 'GET, HEAD, POST'],
    ['DELETE', 'check', 'GET, HEAD, POST'],
  ])('%s /%s is 405, Allow: %s', async (method, path, allow) => {
    const response = await fetch(`${base}${path}`, { method, headers: FORM_TYPE, body: form([['story', SAMPLE_STORY], ['text', DRAFT]]) });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe(allow);
  });
});

warnIfNoBrowser('the browser tests');

describe('leads serve in a real browser', () => {
  it.skipIf(skipBrowser)('opens the list, clicks into a story, opens a redline and reads it', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(base);
      expect(await page.locator('h1').textContent()).toBe('Stories in desk');
      await page.click(`text=2 hurt as magnitude 5.1 quake jolts S. Korea's east coast`);
      expect(page.url()).toBe(`${base}story/${SAMPLE_STORY}`);
      expect(await page.locator('td.label').allTextContents()).toEqual(['4th LD', '3rd LD', '2nd LD', 'LEAD', 'first']);
      await page.locator('a', { hasText: 'redline' }).first().click();
      expect(page.url()).toBe(`${base}story/${SAMPLE_STORY}/diff/3..4`);
      expect(await page.locator('del').first().textContent()).toBe('Samchek');
      expect(await page.locator('ins').first().textContent()).toBe('Samcheok');
      expect(await page.locator('tr.add').count()).toBe(2);
      await page.goto(`${base}story/xss-test`);
      expect(await page.locator('h1').textContent()).toBe('xss-test');
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);

  // LEADS_SCREENSHOTS=docs/ npx vitest run tests/cli/serve.test.ts -t 'check page' writes the README's pictures.
  const shots = process.env.LEADS_SCREENSHOTS;
  it.skipIf(skipBrowser)('checks a draft on the check page: picks the story, pastes, submits, reads; the refs stay put', async () => {
    const browser = await launchChromium();
    const before = refsOf(dir);
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      await page.goto(base);
      await page.click('text=Check a draft');
      expect(page.url()).toBe(`${base}check`);
      await page.selectOption('#story-list', SAMPLE_STORY);
      await page.fill('#text', DRAFT.replace(/^\(ATTN:.*\)\n/m, ''));
      await page.click('button[type=submit]');
      await page.waitForURL(`${base}check`);
      expect(await page.locator('#label').textContent()).toBe('5th LD');
      expect(await page.locator('#attn').textContent()).toBe("(ATTN: ADDS city education office's comments last para)");
      expect(await page.locator('tr.add td.t').allTextContents()).toEqual([NEW_PARAGRAPH]);
      // The form comes back filled in, ready to check again.
      expect(await page.locator('#story-list').inputValue()).toBe(SAMPLE_STORY);
      expect(await page.locator('#text').inputValue()).toContain(NEW_PARAGRAPH);
      expect(refsOf(dir)).toBe(before);
      if (shots) {
        const folder = resolve(shots);
        mkdirSync(folder, { recursive: true });
        await page.screenshot({ path: join(folder, 'check-page.png'), fullPage: true });
        await page.goto(`${base}story/${SAMPLE_STORY}/diff/3..4`);
        await page.screenshot({ path: join(folder, 'redline.png'), fullPage: true });
      }
    } finally {
      await browser.close();
    }
  }, 60_000);
});
