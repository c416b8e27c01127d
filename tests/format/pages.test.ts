import { describe, expect, it } from 'vitest';
import { CHANGE_COLOURS } from '../../src/format/html.js';
import { changeBar, errorPage, page, storyListPage, timelinePage, timelineRows, type StoryRow, type TimelineRow } from '../../src/format/pages.js';
import { stormLeads } from '../fixtures/storm-story.js';

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
    { lead: 0, label: null, time: '09:00', author: 'Oh Se-ra', headline: 'Ferry crews walk out', attn: null, previous: null, changes: null },
    {
      lead: 1, label: 'LEAD', time: '11:30', author: 'Oh Se-ra', headline: null, attn: '(ATTN: ADDS "union" comments)',
      previous: 0, changes: { added: 2, changed: 1, moved: 0, removed: 0 },
    },
  ];

  it('gives each lead linked to its page, its headline, a redline to the lead before, its ATTN line, its bar, and who moved it when', () => {
    const html = timelinePage('s-korea-ferry-strike-20260304', leads);
    expect(titleOf(html)).toBe('s-korea-ferry-strike-20260304: leads');
    expect(bodyOf(html)).toEqual([
      '<nav><a href="/">All stories</a> · <a href="/check">Check a draft</a></nav>',
      '<h1>s-korea-ferry-strike-20260304</h1>',
      '<table>',
      '<tr><th>Lead</th><th>Headline and ATTN line</th><th>Paragraphs</th><th>Moved</th></tr>',
      '<tr><td class="label"><a href="/story/s-korea-ferry-strike-20260304/lead/0">first</a></td><td>Ferry crews walk out</td><td class="changes"></td><td class="time">09:00<br>Oh Se-ra</td></tr>',
      '<tr><td class="label"><a href="/story/s-korea-ferry-strike-20260304/lead/1">LEAD</a></td><td>(no headline) <a href="/story/s-korea-ferry-strike-20260304/diff/0..1">redline</a><div class="attn">(ATTN: ADDS &quot;union&quot; comments)</div></td>' +
        '<td class="changes"><span class="bar" role="img" title="2 added, 1 changed, 0 moved, 0 removed" aria-label="2 added, 1 changed, 0 moved, 0 removed"><span class="added" style="width:66.7%"></span><span class="changed" style="width:33.3%"></span></span><br>2 added, 1 changed</td>' +
        '<td class="time">11:30<br>Oh Se-ra</td></tr>',
      '</table>',
    ]);
  });

  it('colours the bars as the redline colours its changes', () => {
    const html = timelinePage('s', leads);
    for (const [kind, colour] of Object.entries(CHANGE_COLOURS)) expect(html).toContain(`.bar .${kind}{background:${colour}}`);
  });
});

describe('timelineRows: each lead against the one before it in the log', () => {
  // Newest first, as the log gives them; lead 2 is missing, as after an import of an archive that lacks it.
  const numbers = [4, 3, 1, 0];
  const labels = ['3rd LD', '2nd LD', 'LEAD', null];
  const records = numbers.map((lead, k) => ({ lead, label: labels[k]!, time: `t${lead}`, author: 'Desk', headline: 'Storm shuts Busan bridge', attn: null }));
  const rows = timelineRows(records, [...stormLeads].reverse());

  it('counts added, changed, moved and removed paragraphs; a split counts once as changed, a moved and reworded paragraph as moved', () => {
    expect(rows.map((row) => [row.lead, row.previous, row.changes])).toEqual([
      [4, 3, { added: 0, changed: 1, moved: 0, removed: 0 }],
      [3, 1, { added: 1, changed: 0, moved: 2, removed: 1 }],
      [1, 0, { added: 2, changed: 1, moved: 0, removed: 0 }],
      [0, null, null],
    ]);
  });

  it('scales every bar to the busiest lead, and links each redline to the lead before it in the log', () => {
    const html = timelinePage('storm', rows);
    const bars = [...html.matchAll(/<span class="bar"[^>]*>(.*?)<\/span><br>([^<]*)<\/td>/g)].map((m) => [m[1], m[2]]);
    expect(bars).toEqual([
      ['<span class="changed" style="width:25%"></span>', '1 changed'],
      ['<span class="added" style="width:25%"></span><span class="moved" style="width:50%"></span><span class="removed" style="width:25%"></span>', '1 added, 2 moved, 1 removed'],
      ['<span class="added" style="width:50%"></span><span class="changed" style="width:25%"></span>', '2 added, 1 changed'],
    ]);
    expect([...html.matchAll(/href="(\/story\/storm\/diff\/[^"]+)"/g)].map((m) => m[1])).toEqual(['/story/storm/diff/3..4', '/story/storm/diff/1..3', '/story/storm/diff/0..1']);
  });

  it.each([
    ['a gap in the middle', rows, ['3rd LD', '2nd LD', 'missing 2nd LD', 'LEAD', 'first']],
    ['an archive that starts at the 2nd LD', rows.slice(0, 2), ['3rd LD', '2nd LD', 'missing 2nd LD', 'missing LEAD', 'missing first']],
  ])('shows the leads the store never saw where they would stand: %s', (_name, shown, expected) => {
    const html = timelinePage('storm', shown);
    const labels = [...html.matchAll(/<tr( class="missing")?><td class="label">(?:<a [^>]*>)?([^<]*)/g)].map((m) => (m[1] ? `missing ${m[2]}` : m[2]));
    expect(labels).toEqual(expected);
    expect(html).toContain('<tr class="missing"><td class="label">2nd LD</td><td colspan="3">missing: not in the archive the story was imported from</td></tr>');
  });

  it('says so when a lead changed no paragraph', () => {
    expect(changeBar({ added: 0, changed: 0, moved: 0, removed: 0 }, 1)).toBe(
      '<span class="bar" role="img" title="0 added, 0 changed, 0 moved, 0 removed" aria-label="0 added, 0 changed, 0 moved, 0 removed"></span><br>no paragraph changed',
    );
  });
});

describe('errorPage', () => {
  it('gives the status and the message, escaped, with a way back', () => {
    const html = errorPage(404, 'no story <x> in this store');
    expect(titleOf(html)).toBe('404');
    expect(bodyOf(html)).toEqual(['<nav><a href="/">All stories</a></nav>', '<h1>404</h1>', '<p>no story &lt;x&gt; in this store</p>']);
  });
});
