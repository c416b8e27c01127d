import type { Article } from '../article/article.js';
import { relabel, type LeadLabel } from '../article/label.js';
import { renderArticle } from '../article/render.js';
import type { LeadMessage } from './message.js';

/**
 * What a commit or an import will store, decided without touching git: the
 * story, the lead number, its label, its ATTN line and where that came from,
 * the trailers, or the reason to write nothing. Everything a plan needs is
 * handed in as data (what the store holds, the ATTN writer's line, the
 * checker's findings), so a plan is a value to print and test; apply.ts
 * reads what it needs and writes what it decided.
 */
export interface PreviousLead {
  readonly lead: number;
  readonly article: Article;
}

export interface LeadPlan {
  readonly lead: number;
  readonly label: LeadLabel | null;
  readonly attn: string | null;
  /** Where the ATTN line came from: the editor's file, the writer, or nowhere (a first version). */
  readonly attnSource: 'hand' | 'writer' | 'none';
  readonly article: Article;
  /** The lead as it must move: regenerated label and ATTN line in place. */
  readonly text: string;
  /** Things the editor should know, one line each (a replaced label, a dropped ATTN line). */
  readonly notes: readonly string[];
  /** The lead has nothing new next to the previous one. */
  readonly identical: boolean;
}

/** The label and ATTN line of a lead; `written` is the ATTN writer's line for the change from `previous`. */
export function planLead(draft: Article, previous: PreviousLead | null, written: string | null = null): LeadPlan {
  const lead = previous ? previous.lead + 1 : 0;
  const label = relabel(draft.label, lead);
  const notes: string[] = [];
  const staleLabel = previous !== null && draft.label?.text === previous.article.label?.text;
  if (draft.label && draft.label.text !== label?.text && !staleLabel) {
    notes.push(`the file is labelled ${draft.label.text}, but this is lead ${lead}: labelled ${label?.text ?? 'as a first version'}`);
  }
  const { attn, source } = chooseAttn(draft, previous, written, notes);
  const article: Article = { ...draft, label, attn };
  return {
    lead,
    label,
    attn,
    attnSource: source,
    article,
    text: renderArticle(article),
    notes,
    identical: previous !== null && sameCopy(previous.article, draft),
  };
}

/**
 * A first version has no ATTN line. An ATTN line carried over unchanged from
 * the previous lead is stale (the editor started from `leads show`) and is
 * replaced. A new hand-written line is kept; with no line at all, the writer's.
 */
function chooseAttn(
  draft: Article,
  previous: PreviousLead | null,
  written: string | null,
  notes: string[],
): { attn: string | null; source: LeadPlan['attnSource'] } {
  if (!previous) {
    if (draft.attn) notes.push(`a first version carries no ATTN line: dropped ${draft.attn}`);
    return { attn: null, source: 'none' };
  }
  const stale = draft.attn !== null && draft.attn === previous.article.attn;
  if (draft.attn && !stale) return { attn: draft.attn, source: 'hand' };
  return { attn: written, source: written === null ? 'none' : 'writer' };
}

/** The same copy, whatever the label and ATTN line say. */
export function sameCopy(a: Article, b: Article): boolean {
  const bare = (article: Article) => renderArticle({ ...article, label: null, attn: null });
  return bare(a) === bare(b);
}

// ------------------------------------------------------------------ data fed in

/**
 * The checker's verdict on a hand-written ATTN line against the copy, as
 * data (the shape of attn/check.ts's CheckResult; the store does not import
 * the ATTN code).
 */
export interface AttnCheck {
  readonly agrees: boolean;
  readonly ok: boolean;
  readonly findings: readonly AttnFinding[];
}

export interface AttnFinding {
  readonly severity: 'error' | 'style' | 'note';
  readonly message: string;
}

/** A stored lead as a plan reads it. */
export interface StoredLead extends PreviousLead {
  readonly commit: string;
  /** ISO 8601, as the store records it. */
  readonly time: string;
}

/**
 * What the store holds where a draft may go (read by apply.ts `readTarget`):
 * the story given by name and its latest lead if any; the story the draft's
 * slug continues, moved within the window; or a dated id no story holds yet.
 */
export type TargetFacts =
  | { readonly kind: 'named'; readonly story: string; readonly tip: StoredLead | null }
  | { readonly kind: 'recent'; readonly story: string; readonly tip: StoredLead }
  | { readonly kind: 'fresh'; readonly story: string }
  /** Several stories of the slug moved within the window. */
  | { readonly kind: 'ambiguous'; readonly stories: readonly { readonly story: string; readonly label: string | null; readonly time: string }[] };

/** A write a plan decided: a lead as `Store.write` takes it, but for its author (known at apply time). */
export interface PlannedLead {
  readonly text: string;
  readonly time: Date;
  readonly message: LeadMessage;
}

// ------------------------------------------------------------------ commit

export interface CommitInput {
  readonly draft: Article;
  readonly target: TargetFacts;
  /** `--new`: the draft starts a story; a named story that exists is refused. */
  readonly new: boolean;
  readonly time: Date;
  /** The ATTN writer's line for the change from the target's latest lead to the draft; null with no latest lead. */
  readonly written: string | null;
  /**
   * The checker's verdict on the draft's own ATTN line; given whenever the
   * draft carries one and the story has a latest lead, null otherwise.
   */
  readonly check: AttnCheck | null;
  /** A new hand-written ATTN line: check it (refused if it disagrees), replace it with the writer's, or keep it unchecked. */
  readonly handAttn: 'check' | 'fix' | 'keep';
  /** The house style's name, kept in a trailer. */
  readonly style: string;
  readonly correction: boolean;
}

export type CommitRefusal =
  /** `--new` with a named story that exists. */
  | { readonly reason: 'story-exists'; readonly story: string }
  /** The lead's time is before the lead it follows. */
  | { readonly reason: 'before-previous'; readonly story: string; readonly previous: number }
  /** The hand-written ATTN line disagrees with the copy. */
  | { readonly reason: 'attn-disagrees'; readonly findings: readonly AttnFinding[]; readonly suggested: string | null }
  /** The copy is the same as the latest lead's. */
  | { readonly reason: 'identical'; readonly story: string; readonly previous: number }
  /** Several stories of the draft's slug moved within the window: `--story` must say which. */
  | { readonly reason: 'ambiguous-slug'; readonly stories: Extract<TargetFacts, { kind: 'ambiguous' }>['stories'] };

export interface CommitPlan {
  readonly kind: 'commit';
  readonly story: string;
  readonly isNew: boolean;
  /** The commit the lead follows; null for a first version. */
  readonly parent: string | null;
  readonly lead: LeadPlan;
  /** The writer's line, whether or not it is the one stored. */
  readonly written: string | null;
  /** What the checker found in the hand-written line it passed; empty when none was checked. */
  readonly findings: readonly AttnFinding[];
  /** The store keeps how the ATTN line was made: its source, the house style, the correction flag. */
  readonly trailers: Readonly<Record<string, string>>;
  /** Notes for the editor, a new story announced among them. */
  readonly notes: readonly string[];
  readonly write: PlannedLead;
}

export type CommitDecision = CommitPlan | { readonly kind: 'refused'; readonly refusal: CommitRefusal };

/** Where the draft goes, its label and ATTN line, its trailers; or why it must not be committed. */
export function planCommit(input: CommitInput): CommitDecision {
  const { target, draft } = input;
  const refuse = (refusal: CommitRefusal): CommitDecision => ({ kind: 'refused', refusal });
  if (target.kind === 'ambiguous') return refuse({ reason: 'ambiguous-slug', stories: target.stories });
  const tip = target.kind === 'fresh' ? null : target.tip;
  if (target.kind === 'named' && input.new && tip) return refuse({ reason: 'story-exists', story: target.story });
  if (tip && input.time.getTime() < Date.parse(tip.time)) {
    return refuse({ reason: 'before-previous', story: target.story, previous: tip.lead });
  }
  let lead = planLead(draft, tip, input.written);
  let findings: readonly AttnFinding[] = [];
  if (lead.attnSource === 'hand' && input.check && input.handAttn !== 'keep') {
    if (!input.check.agrees) {
      if (input.handAttn !== 'fix') return refuse({ reason: 'attn-disagrees', findings: input.check.findings, suggested: input.written });
      lead = planLead({ ...draft, attn: null }, tip, input.written);
    } else {
      findings = input.check.findings;
    }
  }
  if (lead.identical) return refuse({ reason: 'identical', story: target.story, previous: tip!.lead });
  const trailers = commitTrailers(lead, input);
  return {
    kind: 'commit',
    story: target.story,
    isNew: tip === null,
    parent: tip?.commit ?? null,
    lead,
    written: input.written,
    findings,
    trailers,
    notes: [...lead.notes, ...(tip === null ? [`new story ${target.story}`] : [])],
    write: { text: lead.text, time: input.time, message: messageOf(lead.article, lead.lead, target.story, trailers) },
  };
}

function commitTrailers(lead: LeadPlan, input: CommitInput): Record<string, string> {
  const out: Record<string, string> = {};
  if (lead.attn !== null) {
    out['Attn-Source'] = lead.attnSource === 'hand' ? 'editor' : 'leads';
    out['Attn-Style'] = input.style;
  }
  if (input.correction) out.Correction = 'yes';
  return out;
}

function messageOf(article: Article, lead: number, story: string, extra: Record<string, string>): LeadMessage {
  return { lead, story, label: article.label?.text ?? null, headline: article.headline, slug: article.slug, attn: article.attn, extra };
}

// ------------------------------------------------------------------ import

/** One file of a story folder, in transmission order: read and parsed, or why not. */
export type ImportFile =
  | { readonly file: string; readonly unreadable: string }
  | {
      readonly file: string;
      /** The text as published. */
      readonly text: string;
      readonly article: Article;
      readonly time: Date;
      /** The writer's line for the change from the readable file before; null for the first, or a lead already stored. */
      readonly written: string | null;
      /** The checker's verdict on the file's own ATTN line against that change; null as for `written`. */
      readonly check: AttnCheck | null;
    };

export interface ImportInput {
  readonly story: string;
  /** What the store holds of the story, oldest first, each lead by its number. */
  readonly stored: readonly { readonly commit: string; readonly lead: number; readonly text: string; readonly time?: Date }[];
  readonly files: readonly ImportFile[];
  /** The clock at import: no lead can have moved later than this (a minute of skew allowed). */
  readonly now: Date;
}

/** How far a lead's time may run ahead of the importing machine's clock. */
export const IMPORT_CLOCK_SKEW_MS = 60_000;

/** What became of each file, in order, up to a refusal. */
export type ImportEntry =
  | { readonly file: string; readonly outcome: 'unreadable'; readonly reason: string }
  | { readonly file: string; readonly outcome: 'stored'; readonly lead: number }
  | { readonly file: string; readonly outcome: 'new'; readonly lead: number; readonly findings: readonly AttnFinding[] };

/** A file as its label places it: its lead number, and the label as printed (null for none). */
export interface NumberedFile {
  readonly file: string;
  readonly label: string | null;
  readonly lead: number;
}

/**
 * Why a story is left as it is. `history-differs`: the store's lead of that
 * number differs from the file. `store-lacks`: the file is a lead below the
 * store's latest that the store never had, and a lead cannot be put in under
 * later ones. `label-repeats` and `labels-contradict`: the file's label gives
 * a number the file before it (`after`) already has, or a lower one.
 * `left` counts the files not imported: from the refused one on, or every
 * readable file when the labels refuse the story.
 */
export type ImportRefusal =
  | { readonly reason: 'history-differs'; readonly lead: number; readonly file: string; readonly left: number }
  | { readonly reason: 'store-lacks'; readonly lead: number; readonly file: string; readonly label: string | null; readonly latest: number; readonly left: number }
  | LabelRefusal
  /** A time later than now, or before the lead it follows: every later commit to the story would be refused. */
  | { readonly reason: 'time-in-future' | 'time-goes-back'; readonly file: string; readonly time: Date; readonly after: Date | null; readonly left: number };

export interface LabelRefusal {
  readonly reason: 'label-repeats' | 'labels-contradict';
  readonly file: NumberedFile;
  readonly after: NumberedFile;
  readonly left: number;
}

export interface ImportPlan {
  readonly story: string;
  /** The stored lead the new ones follow; null when the story is new. */
  readonly parent: string | null;
  readonly entries: readonly ImportEntry[];
  /** The new leads, to be written together; none when refused. */
  readonly leads: readonly PlannedLead[];
  readonly refusal: ImportRefusal | null;
}

/**
 * The lead number of each file of a story folder, in order, from its label:
 * `(LEAD)` is 1, `(3rd LD)` 3, `(URGENT)` 0. A file without a label is the
 * first version (0) when it comes first, and the number after the file
 * before it otherwise. Gaps stay gaps: an archive keeps what it caught. A
 * number that repeats (a re-sent lead) or falls (labels out of file order)
 * cannot be placed, and stops the story.
 */
export function numberLeads(
  files: readonly { readonly file: string; readonly label: LeadLabel | null }[],
): { readonly leads: readonly NumberedFile[] } | { readonly refusal: Omit<LabelRefusal, 'left'> } {
  const leads: NumberedFile[] = [];
  for (const { file, label } of files) {
    const before = leads.at(-1);
    const numbered = { file, label: label?.text ?? null, lead: label ? label.lead : before ? before.lead + 1 : 0 };
    if (before && numbered.lead <= before.lead) {
      return { refusal: { reason: numbered.lead === before.lead ? 'label-repeats' : 'labels-contradict', file: numbered, after: before } };
    }
    leads.push(numbered);
  }
  return { leads };
}

/**
 * A folder of past leads onto a story: each readable file is a lead, stored
 * exactly as published, label and ATTN line included, under the number its
 * label gives (`numberLeads`); what leads would have written and what its
 * check finds go into trailers. A lead already stored under its number is
 * skipped when its text is the same, and stops the story when it is not.
 */
export function planImport(input: ImportInput): ImportPlan {
  const { story, stored, files } = input;
  const entries: ImportEntry[] = [];
  const leads: PlannedLead[] = [];
  const parent = stored.at(-1)?.commit ?? null;
  const refused = (refusal: ImportRefusal): ImportPlan => ({ story, parent, entries, leads: [], refusal });
  const readable = files.filter((file): file is Exclude<ImportFile, { unreadable: string }> => !('unreadable' in file));
  const numbered = numberLeads(readable.map((file) => ({ file: file.file, label: file.article.label })));
  if ('refusal' in numbered) {
    for (const file of files) if ('unreadable' in file) entries.push({ file: file.file, outcome: 'unreadable', reason: file.unreadable });
    return refused({ ...numbered.refusal, left: readable.length });
  }
  const byNumber = new Map(stored.map((lead) => [lead.lead, lead]));
  const latest = stored.reduce((max, lead) => Math.max(max, lead.lead), -1);
  let previousTime: Date | null = stored.at(-1)?.time ?? null;
  let next = 0;
  for (const [index, file] of files.entries()) {
    if ('unreadable' in file) {
      entries.push({ file: file.file, outcome: 'unreadable', reason: file.unreadable });
      continue;
    }
    const { lead, label } = numbered.leads[next++]!;
    // Refused, the story takes none of its new leads: those planned so far are not imported either.
    const left = files.length - index + leads.length;
    const already = byNumber.get(lead);
    if (already) {
      if (already.text !== file.text) return refused({ reason: 'history-differs', lead, file: file.file, left });
      entries.push({ file: file.file, outcome: 'stored', lead });
      continue;
    }
    if (lead < latest) return refused({ reason: 'store-lacks', lead, file: file.file, label, latest, left });
    if (file.time.getTime() > input.now.getTime() + IMPORT_CLOCK_SKEW_MS) {
      return refused({ reason: 'time-in-future', file: file.file, time: file.time, after: null, left });
    }
    if (previousTime && file.time.getTime() < previousTime.getTime()) {
      return refused({ reason: 'time-goes-back', file: file.file, time: file.time, after: previousTime, left });
    }
    previousTime = file.time;
    const trailers = importTrailers(file.file, file.written, file.check);
    entries.push({ file: file.file, outcome: 'new', lead, findings: file.check?.findings ?? [] });
    leads.push({ text: file.text, time: file.time, message: messageOf(file.article, lead, story, trailers) });
  }
  return { story, parent, entries, leads, refusal: null };
}

function importTrailers(file: string, written: string | null, check: AttnCheck | null): Record<string, string> {
  const out: Record<string, string> = { 'Imported-From': file };
  if (written) out['Leads-Attn'] = written;
  if (check) out['Leads-Check'] = verdict(check);
  return out;
}

/** `agrees`, or `agrees; ` / `disagrees; ` and the first finding that is more than a note. */
function verdict(check: AttnCheck): string {
  const first = check.findings.find((f) => f.severity !== 'note');
  if (check.agrees) return check.ok ? 'agrees' : `agrees; ${first?.message ?? ''}`;
  return `disagrees; ${first?.message ?? ''}`;
}
