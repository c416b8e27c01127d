import type { Article } from '../article/article.js';
import { labelFor, leadName } from '../article/label.js';
import { withMissingLeads } from '../article/lead-numbers.js';
import { diffLeads, type LeadDiff } from '../diff/lead-diff.js';
import { CHANGE_COLOURS, escapeHtml } from './html.js';
import { countOps } from './summary.js';

/**
 * The pages of `leads serve`, as pure functions of the data they show. Every
 * piece of story text is escaped; links are built from story ids and lead
 * numbers only, which are validated before they get here.
 */

export interface StoryRow {
  readonly story: string;
  readonly label: string | null;
  readonly time: string;
  readonly headline: string | null;
}

/** A lead as the story's log gives it. */
export interface TimelineLead {
  readonly lead: number;
  readonly label: string | null;
  readonly time: string;
  readonly author: string;
  readonly headline: string | null;
  readonly attn: string | null;
}

export interface TimelineRow extends TimelineLead {
  /** The number of the lead before this one in the log (numbers can skip), null for the first. */
  readonly previous: number | null;
  /** What this lead did to the paragraphs of the one before; null for the first. */
  readonly changes: ParagraphCounts | null;
}

/** Paragraphs added, changed, moved and removed from one lead to the next. */
export interface ParagraphCounts {
  readonly added: number;
  readonly changed: number;
  readonly moved: number;
  readonly removed: number;
}

type ChangeKind = keyof ParagraphCounts;
const KINDS: readonly ChangeKind[] = ['added', 'changed', 'moved', 'removed'];

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;color:#222}
a{color:#0b57d0}h1{font-size:1.3rem}nav{margin-bottom:1rem;font-size:.9rem}nav.pages{margin-top:1rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
td.label{white-space:nowrap;font-weight:600}td.time{white-space:nowrap;color:#666;font-size:.85rem}
.attn{font-family:ui-monospace,monospace;font-size:.85rem;color:#444}
td.changes{white-space:nowrap;font-size:.8rem;color:#555}
tr.missing td{color:#888;font-style:italic}
.bar{display:inline-flex;width:8rem;height:.7rem;background:#f2f2f2;vertical-align:middle}.bar span{display:block;height:100%}
${KINDS.map((kind) => `.bar .${kind}{background:${CHANGE_COLOURS[kind]}}`).join('')}
`.trim();

/** A whole page; `style` adds rules of the page's own to the shared ones. */
export function page(title: string, body: string, style = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${style === '' ? STYLE : `${STYLE}\n${style}`}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** Which page of the story list this is: pages of `size` stories, newest first. */
export interface ListPage {
  readonly page: number;
  readonly pages: number;
  readonly total: number;
  readonly size: number;
}

/** One page of the story list (`stories` are that page's only), with links to the newer and older pages. */
export function storyListPage(storeName: string, stories: readonly StoryRow[], paging?: ListPage): string {
  const rows = stories
    .map(
      (s) =>
        `<tr><td class="label">${escapeHtml(s.label ?? 'first')}</td><td><a href="/story/${encodeURIComponent(s.story)}">${escapeHtml(s.headline ?? s.story)}</a><br><small>${escapeHtml(s.story)}</small></td><td class="time">${escapeHtml(s.time)}</td></tr>`,
    )
    .join('\n');
  const body = stories.length === 0 ? '<p>No story yet: <code>leads commit FILE</code> adds one.</p>' : `<table>\n<tr><th>Lead</th><th>Story</th><th>Moved</th></tr>\n${rows}\n</table>`;
  const nav = paging && paging.pages > 1 ? `\n${pageLinks(paging)}` : '';
  return page(`${storeName}: stories`, `<nav><a href="/check">Check a draft</a></nav>\n<h1>Stories in ${escapeHtml(storeName)}</h1>\n${body}${nav}`);
}

function pageLinks({ page, pages, total, size }: ListPage): string {
  const first = (page - 1) * size + 1;
  const last = Math.min(total, page * size);
  const links = [
    page > 1 ? `<a href="${page === 2 ? '/' : `/?page=${page - 1}`}" rel="prev">Newer stories</a>` : '',
    `Stories ${first}-${last} of ${total}`,
    page < pages ? `<a href="/?page=${page + 1}" rel="next">Older stories</a>` : '',
  ];
  return `<nav class="pages">${links.filter(Boolean).join(' · ')}</nav>`;
}

/**
 * The timeline's rows from the story's leads and their parsed texts, both
 * newest first as the log gives them: one diff per consecutive pair, each
 * lead against the one before it in the log.
 */
export function timelineRows(leads: readonly TimelineLead[], articles: readonly Article[]): TimelineRow[] {
  return leads.map((lead, k) => {
    const before = leads[k + 1];
    return { ...lead, previous: before ? before.lead : null, changes: before ? paragraphCounts(diffLeads(articles[k + 1]!, articles[k]!)) : null };
  });
}

/**
 * The counts of the story page's bar, from the diff `leads diff` shows. A
 * move counts as moved even when its words changed too; a split or a merge
 * counts once as changed, however many paragraphs it made or joined, as
 * `leads diff --stat` counts it once.
 */
export function paragraphCounts(diff: LeadDiff): ParagraphCounts {
  const ops = countOps(diff);
  return { added: ops.add, changed: ops.edit + ops.split + ops.merge, moved: ops.move, removed: ops.delete };
}

export function timelinePage(story: string, leads: readonly TimelineRow[]): string {
  const id = encodeURIComponent(story);
  // One scale for the whole story, so the bars compare the leads: the busiest one fills its bar.
  const scale = Math.max(1, ...leads.map((lead) => (lead.changes ? total(lead.changes) : 0)));
  const rows = withMissingLeads(leads)
    .map((lead) => {
      if ('missing' in lead) return missingRow(lead.missing);
      const diff = lead.previous !== null ? ` <a href="/story/${id}/diff/${lead.previous}..${lead.lead}">redline</a>` : '';
      const attn = lead.attn ? `<div class="attn">${escapeHtml(lead.attn)}</div>` : '';
      const changes = lead.changes ? changeBar(lead.changes, scale) : '';
      return `<tr><td class="label"><a href="/story/${id}/lead/${lead.lead}">${escapeHtml(leadName(lead.lead, lead.label))}</a></td><td>${escapeHtml(lead.headline ?? '(no headline)')}${diff}${attn}</td><td class="changes">${changes}</td><td class="time">${escapeHtml(lead.time)}<br>${escapeHtml(lead.author)}</td></tr>`;
    })
    .join('\n');
  return page(
    `${story}: leads`,
    `<nav><a href="/">All stories</a> · <a href="/check">Check a draft</a></nav>\n<h1>${escapeHtml(story)}</h1>\n<table>\n<tr><th>Lead</th><th>Headline and ATTN line</th><th>Paragraphs</th><th>Moved</th></tr>\n${rows}\n</table>`,
  );
}

/** A lead the store never saw (an archive keeps what it caught), where it would stand, as `leads log` shows it. */
function missingRow(lead: number): string {
  return `<tr class="missing"><td class="label">${escapeHtml(labelFor(lead) ?? 'first')}</td><td colspan="3">missing: not in the archive the story was imported from</td></tr>`;
}

function total(counts: ParagraphCounts): number {
  return KINDS.reduce((sum, kind) => sum + counts[kind], 0);
}

/**
 * A bar of coloured spans as wide as the counts, scaled to `scale`
 * paragraphs, with the counts in words: all four for screen readers and the
 * tooltip, the ones that are not zero under the bar.
 */
export function changeBar(counts: ParagraphCounts, scale: number): string {
  const words = KINDS.map((kind) => `${counts[kind]} ${kind}`);
  const spans = KINDS.filter((kind) => counts[kind] > 0)
    .map((kind) => `<span class="${kind}" style="width:${Math.round((1000 * counts[kind]) / scale) / 10}%"></span>`)
    .join('');
  const shown = words.filter((_word, k) => counts[KINDS[k]!] > 0);
  return `<span class="bar" role="img" title="${words.join(', ')}" aria-label="${words.join(', ')}">${spans}</span><br>${shown.length > 0 ? shown.join(', ') : 'no paragraph changed'}`;
}

export function errorPage(status: number, message: string): string {
  return page(`${status}`, `<nav><a href="/">All stories</a></nav>\n<h1>${status}</h1>\n<p>${escapeHtml(message)}</p>`);
}
