import type { Article } from '../article/article.js';
import { datelineOf } from '../article/article-json.js';
import { leadName } from '../article/label.js';
import { afterGap, type ElementBlame, type LeadBlame } from '../diff/blame.js';
import { escapeHtml } from './html.js';
import { page } from './pages.js';

/** A lead of the history the blame was read from. */
export interface HistoryLead {
  readonly lead: number;
  readonly label: string | null;
  readonly time: string;
  readonly author: string;
  readonly attn: string | null;
  /** How links name this lead: its number unless told, the commit id for a lead a pull kept aside (its number is another lead's). */
  readonly ref?: string;
}

export interface LeadPageData {
  readonly story: string;
  /** The leads blamed, oldest first, ending with the lead shown; the blame names them by index here. */
  readonly history: readonly HistoryLead[];
  /** The lead shown, parsed. */
  readonly article: Article;
  readonly blame: LeadBlame;
}

const STYLE = `
td.n{color:#888;text-align:right;white-space:nowrap;font-size:.85rem}
td.since,td.changed{white-space:nowrap;font-size:.8rem}td.changed small{color:#666}
tr#headline td.t{font-weight:600}tr.element td.n{font-style:italic}
`.trim();

/**
 * One lead of a story with the blame in its margin: for each header element
 * and paragraph the lead it first appeared in and the lead that last
 * changed its words, each linked to the redline that shows it (the redline
 * from the lead before that one); the first version has no redline, so its
 * label is plain text.
 */
export function leadPage({ story, history, article, blame }: LeadPageData): string {
  const id = encodeURIComponent(story);
  const shown = history.at(-1)!;
  const numbers = history.map((lead) => lead.lead);
  const name = (index: number) => leadName(history[index]!.lead, history[index]!.label);
  // After leads the archive never caught, a paragraph's lead is that lead or an earlier one.
  const blamed = (index: number) => `${name(index)}${afterGap(numbers, index) ? ' or earlier' : ''}`;
  const refOf = (index: number) => encodeURIComponent(history[index]!.ref ?? String(history[index]!.lead));
  const redline = (index: number) => `/story/${id}/diff/${refOf(index - 1)}..${refOf(index)}`;
  const margin = (index: number) =>
    index === 0 ? escapeHtml(blamed(index)) : `<a href="${redline(index)}" title="the redline from ${escapeHtml(name(index - 1))} to ${escapeHtml(name(index))}">${escapeHtml(blamed(index))}</a>`;
  const row = (rowId: string, number: string, blamed: ElementBlame, text: string, moved: readonly number[] = [], kind = '') => {
    const moves = moved.length > 0 ? `<br><small>moved in ${moved.map(margin).join(', ')}</small>` : '';
    return `<tr${kind ? ` class="${kind}"` : ''} id="${rowId}"><td class="n">${number}</td><td class="since">${margin(blamed.since)}</td><td class="changed">${margin(blamed.changed)}${moves}</td><td class="t">${text}</td></tr>`;
  };

  const rows: string[] = [];
  const { headline, byline, dateline, photos } = blame.elements;
  if (headline && article.headline !== null) rows.push(row('headline', 'headline', headline, escapeHtml(article.headline), [], 'element'));
  if (byline && article.byline !== null) rows.push(row('byline', 'byline', byline, `By ${escapeHtml(article.byline)}`, [], 'element'));
  const place = datelineOf(article);
  if (dateline && place) {
    rows.push(row('dateline', 'dateline', dateline, escapeHtml(`${place.place}${place.date ? `, ${place.date}` : ''} (${place.agency})`), [], 'element'));
  }
  photos.forEach((photo, k) => {
    if (article.photos[k] !== undefined) rows.push(row(`photo-${k + 1}`, 'photo', photo, `▲ ${escapeHtml(article.photos[k]!)}`, [], 'element'));
  });
  for (const p of blame.paragraphs) rows.push(row(`p-${p.n}`, String(p.n), p, escapeHtml(p.text), p.moved));

  const last = history.length - 1;
  const nav = [`<a href="/">All stories</a>`, `<a href="/story/${id}">Timeline</a>`];
  if (last > 0) nav.push(`<a href="${redline(last)}">Redline from ${escapeHtml(name(last - 1))}</a>`);
  const attn = shown.attn ? `\n<div class="attn">${escapeHtml(shown.attn)}</div>` : '';
  const title = `${story}: ${leadName(shown.lead, shown.label)}`;
  return page(
    title,
    `<nav>${nav.join(' · ')}</nav>
<h1>${escapeHtml(title)}</h1>
<p class="time">${escapeHtml(shown.time)} · ${escapeHtml(shown.author)}</p>${attn}
<table>
<tr><th>#</th><th>Since</th><th>Changed</th><th>Text</th></tr>
${rows.join('\n')}
</table>`,
    STYLE,
  );
}

