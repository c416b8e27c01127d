import type { LeadDiff } from '../diff/lead-diff.js';
import { escapeHtml, REDLINE_STYLE, redlineBody } from './html.js';

/**
 * The check page of `leads serve`: a form for a story and a draft, and, once
 * checked, what the draft would get if it moved (its label, the ATTN line
 * leads writes, the findings on the draft's own line, the redline). A pure
 * function of what it shows; every piece of story text is escaped.
 */

/** A story offered in the form's list. */
export interface StoryChoice {
  readonly story: string;
  readonly label: string | null;
  readonly headline: string | null;
}

/** What the editor sent, put back into the form. */
export interface CheckFormValues {
  readonly story: string;
  readonly text: string;
}

export interface CheckFinding {
  readonly severity: string;
  readonly message: string;
}

/** What the check found, ready to show. */
export interface CheckOutcome {
  readonly story: string;
  /** The story's latest lead, the one the draft is compared with. */
  readonly latest: { readonly lead: number; readonly label: string | null };
  /** The label `leads commit` would give the draft, and its lead number. */
  readonly lead: number;
  readonly label: string | null;
  /** The line `leads attn` writes for the change; null when the copy is the same. */
  readonly written: string | null;
  /** The draft's own ATTN line, and what `leads check` finds in it (null without a line). */
  readonly draftAttn: string | null;
  readonly check: { readonly agrees: boolean; readonly findings: readonly CheckFinding[] } | null;
  /** What `leads commit` would do with the draft, in words: the line it would store, or why it would refuse. */
  readonly commit: string;
  /** Whether `leads commit` would refuse the draft as it is: the label is then only what it would get once fixed. */
  readonly refused: boolean;
  readonly notes: readonly string[];
  readonly diff: LeadDiff;
}

export interface CheckPageInput {
  readonly storeName: string;
  readonly stories: readonly StoryChoice[];
  readonly form?: CheckFormValues;
  readonly outcome?: CheckOutcome;
  /** What was wrong with the input, shown above the form. */
  readonly error?: string;
}

const STYLE = `${REDLINE_STYLE}
nav,form,.result dl,.error{font:0.95rem system-ui,sans-serif}
h2{font:600 1rem system-ui,sans-serif;color:#555;margin-top:1.5rem}
label{font-weight:600}select,input[type=text]{font:inherit;max-width:100%}
textarea{width:100%;box-sizing:border-box;font:0.9rem/1.4 ui-monospace,monospace}
.error{background:#ffebe9;border:1px solid #f3b3ae;padding:.5rem .75rem;color:#8c1d18}
.result dd{margin-left:0;margin-bottom:.25rem}.line{font-family:ui-monospace,monospace;font-size:.9rem}
.finding-error{color:#8c1d18}.finding-style{color:#8a5a00}.finding-note{color:#555}
`.trim();

export function checkPage(input: CheckPageInput): string {
  const parts = [`<nav><a href="/">All stories</a></nav>`, '<h1>Check a draft</h1>'];
  if (input.error !== undefined) parts.push(`<p class="error" role="alert">${escapeHtml(input.error)}</p>`);
  if (input.outcome) parts.push(outcomeBlock(input.outcome));
  parts.push(formBlock(input.stories, input.form));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(`${input.storeName}: check a draft`)}</title>
<style>${STYLE}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}

function outcomeBlock(o: CheckOutcome): string {
  const latest = o.latest.label ?? 'first version';
  const label = o.label ?? 'first version';
  const findings = !o.check
    ? '<dd>The draft carries no ATTN line.</dd>'
    : `<dd class="line" id="draft-attn">${escapeHtml(o.draftAttn ?? '')}</dd>\n<dd id="verdict">${o.check.agrees ? 'It announces what changed.' : 'It does not announce what changed.'}</dd>\n${
        o.check.findings.length === 0
          ? ''
          : `<dd><ul id="findings">${o.check.findings.map((f) => `<li class="finding-${escapeHtml(f.severity)}">${escapeHtml(f.severity)}: ${escapeHtml(f.message)}</li>`).join('')}</ul></dd>`
      }`;
  const notes = o.notes.length === 0 ? '' : `\n<dt>Notes</dt>\n${o.notes.map((note) => `<dd>${escapeHtml(note)}</dd>`).join('\n')}`;
  return `<section class="result">
<dl>
<dt>Story</dt><dd><a href="/story/${encodeURIComponent(o.story)}">${escapeHtml(o.story)}</a>, checked against lead ${o.latest.lead} (${escapeHtml(latest)})</dd>
<dt>Label</dt><dd id="label">${escapeHtml(label)}${o.refused ? ' once it can move: leads commit would refuse it as it is (below)' : ''}</dd>
<dt>ATTN line leads writes</dt><dd class="line" id="attn">${o.written === null ? '(none: the copy is the same as the latest lead&#39;s)' : escapeHtml(o.written)}</dd>
<dt>The draft&#39;s ATTN line</dt>
${findings}
<dt>leads commit</dt><dd id="commit">${escapeHtml(o.commit)}</dd>${notes}
</dl>
<p>Nothing was written: this page commits nothing and keeps nothing.</p>
<h2>Redline: ${escapeHtml(latest)} to the draft</h2>
${redlineBody(o.diff)}
</section>`;
}

function formBlock(stories: readonly StoryChoice[], form: CheckFormValues | undefined): string {
  const story = form?.story ?? '';
  const listed = stories.some((s) => s.story === story);
  const options = stories
    .map(
      (s) =>
        `<option value="${escapeHtml(s.story)}"${listed && s.story === story ? ' selected' : ''}>${escapeHtml(`${s.label ?? 'first'} · ${s.headline ?? s.story} (${s.story})`)}</option>`,
    )
    .join('\n');
  // A textarea drops one newline right after its start tag: this one keeps a draft that begins with a blank line.
  return `<form method="post" action="/check" accept-charset="utf-8">
<h2>${form ? 'Check again' : 'The draft'}</h2>
<p><label for="story-list">Story</label><br>
<select id="story-list" name="story">
<option value="">(choose one of the ${stories.length} latest stories)</option>
${options}
</select></p>
<p><label for="story-id">or another story id</label> (used when filled in)<br>
<input id="story-id" name="story" type="text" size="40" value="${listed ? '' : escapeHtml(story)}"></p>
<p><label for="text">Draft</label><br>
<textarea id="text" name="text" rows="18" required>
${escapeHtml(form?.text ?? '')}</textarea></p>
<p><button type="submit">Check</button> Nothing is committed.</p>
</form>`;
}
