import { describe, expect, it } from 'vitest';
import { blameLeads } from '../../src/diff/blame.js';
import { leadPage, type HistoryLead } from '../../src/format/lead-page.js';
import { P, oil2, shipLead, tide3, v0, v1, v2, v3 } from '../fixtures/ship-story.js';
import { S, stormLeads } from '../fixtures/storm-story.js';

/** Each row of the blame table: its id, number, since and changed margins as HTML, and its text. */
const rowsOf = (html: string) =>
  [...html.matchAll(/<tr(?: class="element")? id="([^"]+)"><td class="n">([^<]*)<\/td><td class="since">(.*?)<\/td><td class="changed">(.*?)<\/td><td class="t">(.*?)<\/td><\/tr>/g)].map(
    (m) => m.slice(1),
  );

const record = (lead: number, label: string | null): HistoryLead => ({ lead, label, time: `2026-06-02T0${lead + 1}:00:00+00:00`, author: 'Test Desk <desk@example.com>', attn: null });

describe('leadPage: the blame in the margin, linked to the redlines', () => {
  // Leads 0, 1, 3, 4: lead 2 is missing, so the lead before the 3rd LD is lead 1.
  const history = [record(0, null), record(1, 'LEAD'), record(3, '2nd LD'), record(4, '3rd LD')];
  const html = leadPage({ story: 'ship aground', history, article: v3, blame: blameLeads([v0, v1, v2, v3]) });
  // Lead 2 is missing: what first shows in lead 3 may have moved in lead 2, so it is "or earlier".
  const link = (range: string, from: string, to: string) =>
    `<a href="/story/ship%20aground/diff/${range}" title="the redline from ${from} to ${to}">${to}${range === '1..3' ? ' or earlier' : ''}</a>`;

  it('gives each paragraph its since and changed; a changed label links to the redline from the lead before the change', () => {
    expect(rowsOf(html)).toEqual([
      ['headline', 'headline', 'first', 'first', 'Cargo ship runs aground off Mokpo'],
      ['dateline', 'dateline', 'first', 'first', 'SEOUL, June 2 (Hangang News)'],
      ['p-1', '1', 'first', 'first', P.lead],
      ['p-2', '2', 'first', `first<br><small>moved in ${link('1..3', 'LEAD', '2nd LD')}</small>`, P.owner],
      ['p-3', '3', 'first', 'first', P.crew],
      ['p-4', '4', 'first', link('1..3', 'LEAD', '2nd LD'), oil2],
      ['p-5', '5', 'first', 'first', P.divers],
      ['p-6', '6', link('0..1', 'first', 'LEAD'), link('3..4', '2nd LD', '3rd LD'), tide3],
      ['p-7', '7', link('3..4', '2nd LD', '3rd LD'), link('3..4', '2nd LD', '3rd LD'), P.fish],
    ]);
  });

  it('has a title, a way back and the redline from the lead before', () => {
    expect(html).toContain('<title>ship aground: 3rd LD</title>');
    expect(html).toContain('<nav><a href="/">All stories</a> · <a href="/story/ship%20aground">Timeline</a> · <a href="/story/ship%20aground/diff/3..4">Redline from 2nd LD</a></nav>');
    expect(html).toContain('<p class="time">2026-06-02T05:00:00+00:00 · Test Desk &lt;desk@example.com&gt;</p>');
    expect(html).not.toContain('<script');
  });

  it('a header element changed in a later lead links to that redline', () => {
    const recast = shipLead('LEAD', [P.lead, P.crew, P.oil, P.divers, P.owner], 'Oil leaks as cargo ship runs aground off Mokpo');
    const page = leadPage({ story: 's', history: [record(0, null), record(1, 'LEAD')], article: recast, blame: blameLeads([v0, recast]) });
    expect(rowsOf(page)[0]).toEqual(['headline', 'headline', 'first', '<a href="/story/s/diff/0..1" title="the redline from first to LEAD">LEAD</a>', 'Oil leaks as cargo ship runs aground off Mokpo']);
  });

  it('the pieces of a split are since the lead of the paragraph they were split from', () => {
    const storm = [record(0, null), record(1, 'LEAD'), record(2, '2nd LD'), record(3, '3rd LD')];
    const page = leadPage({ story: 'storm', history: storm, article: stormLeads[3]!, blame: blameLeads(stormLeads) });
    const short = (cell: string) => cell.replace(/<a href="\/story\/storm\/diff\/([^"]+)"[^>]*>([^<]+)<\/a>/g, '$2 [$1]');
    expect(rowsOf(page).filter((row) => row[0]!.startsWith('p-')).map((row) => [row[1], short(row[2]!), short(row[3]!), row[4]])).toEqual([
      ['1', 'first', 'first', S.lead],
      ['2', 'LEAD [0..1]', 'LEAD [0..1]', S.ferryPort],
      ['3', 'LEAD [0..1]', 'LEAD [0..1]', S.ferrySail],
      ['4', 'first', 'LEAD [0..1]<br><small>moved in 2nd LD [1..2]</small>', S.wind1],
      ['5', 'first', '2nd LD [1..2]<br><small>moved in 2nd LD [1..2]</small>', S.buses2],
      ['6', '2nd LD [1..2]', '2nd LD [1..2]', S.drivers],
    ]);
  });

  it('the first version has no redline: its labels are plain text', () => {
    const page = leadPage({ story: 's', history: [record(0, null)], article: v0, blame: blameLeads([v0]) });
    expect(page).not.toContain('/diff/');
    expect(rowsOf(page).map((row) => [row[2], row[3]])).toEqual(Array.from({ length: 7 }, () => ['first', 'first']));
  });

  it('escapes article text', () => {
    const hostile = shipLead(null, [P.lead, 'He wrote <script>alert(1)</script> on the wall.'], '<b>Ship</b> & oil');
    const page = leadPage({ story: 's', history: [{ ...record(0, '<i>'), attn: '(ATTN: "<x>")' }], article: hostile, blame: blameLeads([hostile]) });
    expect(page).not.toMatch(/<script>|<b>|<i>|<x>/);
    expect(page).toContain('He wrote &lt;script&gt;alert(1)&lt;/script&gt; on the wall.');
    expect(page).toContain('&lt;b&gt;Ship&lt;/b&gt; &amp; oil');
    expect(page).toContain('<div class="attn">(ATTN: &quot;&lt;x&gt;&quot;)</div>');
  });
});
