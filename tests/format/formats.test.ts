import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/article/render.js';
import { diffLeads } from '../../src/diff/lead-diff.js';
import { escapeHtml, formatHtml } from '../../src/format/html.js';
import { formatStat } from '../../src/format/summary.js';
import { formatTerminal } from '../../src/format/terminal.js';
import { formatUnified } from '../../src/format/unified.js';
import { FIRE, fireLead, withParagraphs } from '../fixtures/story.js';

const F = FIRE;
const oldLead = fireLead(F);
const newLead = fireLead(
  [
    withParagraphs({ 1: F[0].replace('about 300', 'about 1,200') })[0]!,
    F[5], // moved up from 6
    F[1],
    F[2],
    F[3],
    F[4],
    'Witnesses said black smoke could be seen from 10 km away.',
    F[7],
  ],
  { headline: 'Fire at Ulsan chemical plant forces evacuation of 1,200 workers', byline: 'Kang Ji-won' },
);
const diff = diffLeads(oldLead, newLead);

describe('formatStat', () => {
  it('counts paragraphs by operation and names the changed elements', () => {
    expect(formatStat(diff)).toBe('1 added, 1 edited, 1 moved, 1 deleted; headline changed, byline added\n');
  });
});

describe('formatTerminal', () => {
  it('numbers every paragraph of the new lead, marks its operation, shows deletions where they stood', () => {
    const out = formatTerminal(diff, { color: false, foldWidth: 0 }).split('\n');
    expect(out.slice(0, 4)).toEqual([
      'headline  Fire at Ulsan chemical plant forces evacuation of 300 workers',
      '       -> Fire at Ulsan chemical plant forces evacuation of 1,200 workers',
      'byline    (none) -> Kang Ji-won',
      '',
    ]);
    expect(out.slice(4, 13).map((line) => line.slice(0, 21).trimEnd())).toEqual([
      ' 1  edited',
      ' 2  moved from 6',
      ' 3',
      ' 4',
      ' 5',
      ' 6',
      ' -  deleted (was 7)',
      ' 7  added',
      ' 8',
    ]);
    expect(out[4]).toContain('forcing the evacuation of about [-300-]{+1,200+} workers');
  });

  it('marks words in colour when asked, and never without', () => {
    const coloured = formatTerminal(diff, { color: true });
    expect(coloured).toContain('\x1b[9;31m300\x1b[0m');
    expect(coloured).toContain('\x1b[32m1,200\x1b[0m');
    expect(formatTerminal(diff, { color: false })).not.toContain('\x1b[');
  });
});

describe('formatUnified', () => {
  it('is a unified diff, one paragraph per line, that patch tools apply to the old lead', () => {
    const patch = formatUnified(oldLead, newLead, 'old.txt', 'new.txt');
    expect(patch).toContain('--- old.txt');
    expect(patch).toContain('+++ new.txt');
    expect(patch).toContain(`-${F[6]}`);
    expect(applyPatch(renderArticle(oldLead, { layout: 'lines' }), patch)).toBe(renderArticle(newLead, { layout: 'lines' }));
  });
});

describe('formatHtml', () => {
  it('escapes every piece of article text', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    const hostile = fireLead([...F, 'He wrote <script>alert(1)</script> on the wall.', '"><img src=x onerror=alert(2)> was the caption.'], {
      headline: '<b>Fire</b> & smoke',
      photos: ['<iframe src=javascript:alert(3)> (Hangang News)'],
    });
    const page = formatHtml(diffLeads(oldLead, hostile), { title: '<title>' });
    expect(page).not.toMatch(/<script>|<img|<iframe|<b>Fire/);
    expect(page).toContain('He wrote &lt;script&gt;alert(1)&lt;/script&gt; on the wall.');
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt; was the caption.');
    expect(page).toContain('&lt;b&gt;Fire&lt;/b&gt; &amp; smoke');
    expect(page).toContain('<title>&lt;title&gt;</title>');
  });

  it('is one self-contained page: inline CSS, no scripts, moved paragraphs linked to their old place', () => {
    const page = formatHtml(diff, { title: 'fire: lead 1 to lead 2' });
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<style>');
    expect(page).not.toMatch(/<script|<link |src=/);
    expect(page).toContain('<a href="#old-6">moved from 6</a>');
    expect(page).toContain('<tr class="ghost" id="old-6">');
    expect(page).toContain('<del>300</del><ins>1,200</ins>');
    expect(page).toContain('<tr class="delete" id="old-7">');
  });
});
