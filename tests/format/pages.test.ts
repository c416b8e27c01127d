import { describe, expect, it } from 'vitest';
import { errorPage, page, storyListPage, timelinePage, type StoryRow, type TimelineRow } from '../../src/format/pages.js';

/** The text between <body> and </body>, line by line. */
const bodyOf = (html: string) => html.slice(html.indexOf('<body>\n') + 7, html.indexOf('\n</body>')).split('\n');
const titleOf = (html: string) => /<title>(.*)<\/title>/.exec(html)![1];

describe('page', () => {
  it('is a whole page with an escaped title, inline CSS and no script', () => {
    const html = page('Desk <night> & day', '<p>Hi</p>');
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(titleOf(html)).toBe('Desk &lt;night&gt; &amp; day');
    expect(bodyOf(html)).toEqual(['<p>Hi</p>']);
    expect(html).toContain('<style>');
    expect(html).not.toContain('<script');
  });
});

describe('storyListPage', () => {
  const stories: StoryRow[] = [
    { story: 's-korea-ferry-strike-20260304', label: 'LEAD', time: '2026-03-04 11:30', headline: 'Ferry crews walk out over pay' },
    { story: 'a b&c', label: null, time: '2026-03-04 09:00', headline: null },
  ];

  it('gives a row per story: its label, a link to its timeline under its headline, and when it moved', () => {
    const html = storyListPage('Hangang Desk', stories);
    expect(titleOf(html)).toBe('Hangang Desk: stories');
    expect(bodyOf(html)).toEqual([
      '<nav><a href="/check">Check a draft</a></nav>',
      '<h1>Stories in Hangang Desk</h1>',
      '<table>',
      '<tr><th>Lead</th><th>Story</th><th>Moved</th></tr>',
      '<tr><td class="label">LEAD</td><td><a href="/story/s-korea-ferry-strike-20260304">Ferry crews walk out over pay</a><br><small>s-korea-ferry-strike-20260304</small></td><td class="time">2026-03-04 11:30</td></tr>',
      // A first version says so; a story without a headline shows its id; the link is URL-encoded, the text escaped.
      '<tr><td class="label">first</td><td><a href="/story/a%20b%26c">a b&amp;c</a><br><small>a b&amp;c</small></td><td class="time">2026-03-04 09:00</td></tr>',
      '</table>',
    ]);
  });

  it('tells an empty store how to add a story', () => {
    expect(bodyOf(storyListPage('Hangang Desk', []))).toEqual([
      '<nav><a href="/check">Check a draft</a></nav>',
      '<h1>Stories in Hangang Desk</h1>',
      '<p>No story yet: <code>leads commit FILE</code> adds one.</p>',
    ]);
  });

  it('escapes story text', () => {
    const html = storyListPage('<Desk>', [{ story: 's', label: '<b>', time: 't', headline: '<script>alert(1)</script>' }]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(bodyOf(html)[1]).toBe('<h1>Stories in &lt;Desk&gt;</h1>');
  });
});

describe('timelinePage', () => {
  const leads: TimelineRow[] = [
    { lead: 0, label: null, time: '09:00', author: 'Oh Se-ra', headline: 'Ferry crews walk out', attn: null },
    { lead: 1, label: 'LEAD', time: '11:30', author: 'Oh Se-ra', headline: null, attn: '(ATTN: ADDS "union" comments)' },
  ];

  it('gives each lead with its headline, a redline to the lead before, its ATTN line, and who moved it when', () => {
    const html = timelinePage('s-korea-ferry-strike-20260304', leads);
    expect(titleOf(html)).toBe('s-korea-ferry-strike-20260304: leads');
    expect(bodyOf(html)).toEqual([
      '<nav><a href="/">All stories</a> · <a href="/check">Check a draft</a></nav>',
      '<h1>s-korea-ferry-strike-20260304</h1>',
      '<table>',
      '<tr><th>Lead</th><th>Headline and ATTN line</th><th>Moved</th></tr>',
      '<tr><td class="label">first</td><td>Ferry crews walk out</td><td class="time">09:00<br>Oh Se-ra</td></tr>',
      '<tr><td class="label">LEAD</td><td>(no headline) <a href="/story/s-korea-ferry-strike-20260304/diff/0..1">redline</a><div class="attn">(ATTN: ADDS &quot;union&quot; comments)</div></td><td class="time">11:30<br>Oh Se-ra</td></tr>',
      '</table>',
    ]);
  });
});

describe('errorPage', () => {
  it('gives the status and the message, escaped, with a way back', () => {
    const html = errorPage(404, 'no story <x> in this store');
    expect(titleOf(html)).toBe('404');
    expect(bodyOf(html)).toEqual(['<nav><a href="/">All stories</a></nav>', '<h1>404</h1>', '<p>no story &lt;x&gt; in this store</p>']);
  });
});
