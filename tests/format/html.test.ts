import { describe, expect, it } from 'vitest';
import { diffLeads } from '../../src/diff/lead-diff.js';
import { escapeHtml, formatHtml } from '../../src/format/html.js';
import { diff, oldLead } from '../fixtures/format-pair.js';
import { FIRE, fireLead } from '../fixtures/story.js';

const F = FIRE;

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
