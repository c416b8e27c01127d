import { escapeHtml } from './html.js';

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

export interface TimelineRow {
  readonly lead: number;
  readonly label: string | null;
  readonly time: string;
  readonly author: string;
  readonly headline: string | null;
  readonly attn: string | null;
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;color:#222}
a{color:#0b57d0}h1{font-size:1.3rem}nav{margin-bottom:1rem;font-size:.9rem}nav.pages{margin-top:1rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
td.label{white-space:nowrap;font-weight:600}td.time{white-space:nowrap;color:#666;font-size:.85rem}
.attn{font-family:ui-monospace,monospace;font-size:.85rem;color:#444}
`.trim();

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
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

export function timelinePage(story: string, leads: readonly TimelineRow[]): string {
  const rows = leads
    .map((lead) => {
      const diff = lead.lead > 0 ? ` <a href="/story/${encodeURIComponent(story)}/diff/${lead.lead - 1}..${lead.lead}">redline</a>` : '';
      const attn = lead.attn ? `<div class="attn">${escapeHtml(lead.attn)}</div>` : '';
      return `<tr><td class="label">${escapeHtml(lead.label ?? 'first')}</td><td>${escapeHtml(lead.headline ?? '(no headline)')}${diff}${attn}</td><td class="time">${escapeHtml(lead.time)}<br>${escapeHtml(lead.author)}</td></tr>`;
    })
    .join('\n');
  return page(
    `${story}: leads`,
    `<nav><a href="/">All stories</a> · <a href="/check">Check a draft</a></nav>\n<h1>${escapeHtml(story)}</h1>\n<table>\n<tr><th>Lead</th><th>Headline and ATTN line</th><th>Moved</th></tr>\n${rows}\n</table>`,
  );
}

export function errorPage(status: number, message: string): string {
  return page(`${status}`, `<nav><a href="/">All stories</a></nav>\n<h1>${status}</h1>\n<p>${escapeHtml(message)}</p>`);
}
