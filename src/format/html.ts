import type { ParagraphChange } from '../diff/align.js';
import type { LeadDiff } from '../diff/lead-diff.js';
import type { WordChange } from '../diff/words.js';
import { changedElements } from '../diff/elements.js';
import { CHANGE_WORDS, formatStat } from './summary.js';
import { markerOf } from './terminal.js';

/** Every piece of article text goes through here before it reaches the page. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The redline page's title and links. */
export interface HtmlOptions {
  /** Page title, such as the story id and the two leads compared. */
  readonly title: string;
  /** Links above the title, for pages served by `leads serve`. */
  readonly nav?: readonly { readonly href: string; readonly text: string }[];
}

/**
 * The colour of each kind of paragraph change, shared by the redline (its
 * marked words and its margin) and the story page's bars, so a desk reads
 * one colour the same way on every page.
 */
export const CHANGE_COLOURS = {
  added: '#abf2bc',
  changed: '#f2d98a',
  moved: '#b6d4fb',
  removed: '#ffc0c0',
} as const;

/** The redline's CSS, for pages that show a redline inside them (the check page). */
export const REDLINE_STYLE = `
body{font:16px/1.5 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font:600 1.1rem system-ui,sans-serif;color:#555}
.stat{font:0.9rem system-ui,sans-serif;color:#555}
table{border-collapse:collapse;width:100%}
td{vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #eee}
td.n{font:0.85rem system-ui,sans-serif;color:#888;text-align:right;white-space:nowrap;width:3rem}
td.m{font:0.8rem system-ui,sans-serif;color:#666;white-space:nowrap;width:9rem}
tr.equal td.t{color:#777}
tr.add td.t{background:#e6ffec}
tr.delete td.t{background:#ffebe9;text-decoration:line-through;color:#8c1d18}
tr.move td.t{background:#eef6ff}
tr.ghost td{color:#999;font-style:italic}
tr.add td.m{border-left:4px solid ${CHANGE_COLOURS.added}}
tr.edit td.m,tr.split td.m,tr.merge td.m{border-left:4px solid ${CHANGE_COLOURS.changed}}
tr.move td.m{border-left:4px solid ${CHANGE_COLOURS.moved}}
tr.delete td.m{border-left:4px solid ${CHANGE_COLOURS.removed}}
ins{background:${CHANGE_COLOURS.added};text-decoration:none}
del{background:${CHANGE_COLOURS.removed};color:#8c1d18}
dl{font:0.95rem system-ui,sans-serif}dt{font-weight:600;margin-top:.5rem}
`.trim();

/**
 * One self-contained page (inline CSS, no scripts) with the redline of two
 * leads: header changes, then every paragraph with its number, deleted words
 * struck, added words marked, moved paragraphs linked to where they were.
 */
export function formatHtml(diff: LeadDiff, options: HtmlOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>${REDLINE_STYLE}</style>
</head>
<body>
${(options.nav ?? []).length > 0 ? `<nav>${options.nav!.map((link) => `<a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a>`).join(' · ')}</nav>\n` : ''}<h1>${escapeHtml(options.title)}</h1>
${redlineBody(diff)}
</body>
</html>
`;
}

/** The redline without its page: the stat line, header changes, the table of paragraphs. */
export function redlineBody(diff: LeadDiff): string {
  const rows: string[] = [];
  const movedFrom = new Map<number, ParagraphChange>();
  for (const change of diff.paragraphs) if (change.op === 'move') movedFrom.set(change.old[0]!, change);
  // A moved paragraph leaves a ghost row at its old place, the target of the "moved from" link.
  const ghostsAfter = ghostPlaces(diff.paragraphs);
  for (const change of diff.paragraphs) {
    rows.push(row(change));
    for (const old of ghostsAfter.get(change) ?? []) {
      const moved = movedFrom.get(old)!;
      rows.push(
        `<tr class="ghost" id="old-${old}"><td class="n">(${old})</td><td class="m">moved</td><td class="t">moved to ¶${moved.new[0]}</td></tr>`,
      );
    }
  }
  return `<p class="stat">${escapeHtml(formatStat(diff).trim())}</p>
${elementsBlock(diff)}
<table>
${rows.join('\n')}
</table>`;
}

function row(change: ParagraphChange): string {
  const number = change.new.length > 0 ? change.new.join(', ') : `(${change.old[0]})`;
  const id = change.new.length > 0 ? ` id="p-${change.new[0]}"` : ` id="old-${change.old[0]}"`;
  let marker = escapeHtml(markerOf(change));
  if (change.op === 'move') marker = `<a href="#old-${change.old[0]}">${marker}</a>`;
  return `<tr class="${change.op}"${id}><td class="n">${number}</td><td class="m">${marker}</td><td class="t">${text(change)}</td></tr>`;
}

function text(change: ParagraphChange): string {
  if (!change.words || change.op === 'add' || change.op === 'delete') return escapeHtml(change.text).replaceAll('\n\n', '<br><br>');
  return change.words.map(word).join('');
}

function word(change: WordChange): string {
  const text = escapeHtml(change.text).replaceAll('\n\n', ' ¶<br>');
  if (change.op === 'equal') return text;
  return change.op === 'delete' ? `<del>${text}</del>` : `<ins>${text}</ins>`;
}

/** Where each moved paragraph stood: after the row that preceded it in the old lead. */
function ghostPlaces(changes: readonly ParagraphChange[]): Map<ParagraphChange, number[]> {
  const byOld = new Map<number, ParagraphChange>();
  for (const change of changes) for (const old of change.old) byOld.set(old, change);
  const places = new Map<ParagraphChange, number[]>();
  const top: number[] = [];
  for (const change of changes) {
    if (change.op !== 'move') continue;
    const old = change.old[0]!;
    let anchor: ParagraphChange | undefined;
    for (let k = old - 1; k >= 1 && !anchor; k--) {
      const candidate = byOld.get(k);
      if (candidate && candidate.op !== 'move') anchor = candidate;
    }
    if (anchor) places.set(anchor, [...(places.get(anchor) ?? []), old]);
    else top.push(old);
  }
  if (top.length > 0 && changes[0]) places.set(changes[0], [...(places.get(changes[0]) ?? []), ...top]);
  return places;
}

function elementsBlock(diff: LeadDiff): string {
  const items: string[] = [];
  for (const { name, change } of changedElements(diff.elements)) {
    const before = change.old === null ? '' : `<del>${escapeHtml(change.old)}</del> `;
    const after = change.new === null ? '' : `<ins>${escapeHtml(change.new)}</ins>`;
    items.push(`<dt>${escapeHtml(name)} ${CHANGE_WORDS[change.op]}</dt><dd>${before}${after}</dd>`);
  }
  for (const photo of diff.elements.photos) {
    if (photo.op === 'equal') continue;
    const before = photo.old === null ? '' : `<del>▲ ${escapeHtml(photo.old)}</del> `;
    const after = photo.new === null ? '' : `<ins>▲ ${escapeHtml(photo.new)}</ins>`;
    items.push(`<dt>photo ${CHANGE_WORDS[photo.op]}</dt><dd>${before}${after}</dd>`);
  }
  return items.length > 0 ? `<dl>\n${items.join('\n')}\n</dl>` : '';
}
