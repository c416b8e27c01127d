import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { diffLeads } from '../../src/diff/lead-diff.js';
import { checkPage, type CheckOutcome } from '../../src/format/check-page.js';

const OLD = 'S Korea-ferry\nFerry crews walk out\nMOKPO, March 4 (Hangang News) -- Ferry crews walked out on Wednesday.\n\n(END)\n';
const NEW = 'S Korea-ferry\nFerry crews walk out\nMOKPO, March 4 (Hangang News) -- Ferry crews walked out on Wednesday.\n\n"</textarea><script>alert(1)</script>" a striker shouted.\n\n(END)\n';

const outcome: CheckOutcome = {
  story: 'ferry-20260304',
  latest: { lead: 0, label: null },
  lead: 1,
  label: 'LEAD',
  written: '(ATTN: ADDS <b>comments</b> last para)',
  draftAttn: '(ATTN: ADDS <i>x</i>)',
  check: { agrees: false, findings: [{ severity: 'error', message: 'para <3> is not announced' }] },
  commit: "would refuse it: the draft's line",
  refused: true,
  notes: [],
  diff: diffLeads(parseArticle(OLD), parseArticle(NEW)),
};

describe('checkPage', () => {
  it('escapes every piece of story text: the draft in the text area, the lines, the findings, the redline', () => {
    const html = checkPage({ storeName: '<Desk>', stories: [{ story: 'ferry-20260304', label: null, headline: '<img src=x>' }], form: { story: 'ferry-20260304', text: NEW }, outcome, error: '<b>bad</b>' });
    expect(html).not.toMatch(/<script|<img|<b>|<i>/);
    expect(html).toContain('&quot;&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot; a striker shouted.');
    expect(html).toContain('<li class="finding-error">error: para &lt;3&gt; is not announced</li>');
    expect(html).toContain('<p class="error" role="alert">&lt;b&gt;bad&lt;/b&gt;</p>');
  });

  it.each([
    [true, '<dd id="label">LEAD once it can move: leads commit would refuse it as it is (below)</dd>'],
    [false, '<dd id="label">LEAD</dd>'],
  ])('gives the label as a promise only when commit would refuse the draft (refused: %s)', (refused, label) => {
    expect(checkPage({ storeName: 'Desk', stories: [], form: { story: 'ferry-20260304', text: NEW }, outcome: { ...outcome, refused } })).toContain(label);
  });

  it('keeps a listed story chosen in the list, and an unlisted one in the typed field', () => {
    const stories = [{ story: 'ferry-20260304', label: 'LEAD', headline: 'Ferry crews walk out' }];
    const listed = checkPage({ storeName: 'Desk', stories, form: { story: 'ferry-20260304', text: '' } });
    expect(listed).toContain('<option value="ferry-20260304" selected>LEAD · Ferry crews walk out (ferry-20260304)</option>');
    expect(listed).toContain('<input id="story-id" name="story" type="text" size="40" value="">');
    const other = checkPage({ storeName: 'Desk', stories, form: { story: 'older-story', text: '' } });
    expect(other).not.toContain(' selected');
    expect(other).toContain('<input id="story-id" name="story" type="text" size="40" value="older-story">');
  });
});
