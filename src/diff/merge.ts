import type { Article } from '../article/article.js';
import { parseDateline, withoutDateline } from '../article/dateline.js';
import { renderArticle } from '../article/render.js';
import { alignParagraphs, PARAGRAPH_BREAK, type ParagraphChange } from './align.js';
import { diffElements, type PhotoChange } from './elements.js';

/**
 * A three-way merge of leads by paragraph: what this desk changed from the
 * lead both desks share (base -> ours) laid over what the other desk moved
 * since (base -> theirs). Paragraphs are matched through the alignment, so a
 * paragraph moved on one side and edited on the other is moved and edited;
 * a paragraph changed on both sides, differently, is a conflict.
 */

export type MergeElement = 'paragraph' | 'slug' | 'headline' | 'byline' | 'dateline' | 'photo' | 'email' | 'footer';

/** Where both sides changed the same thing differently (or one edited what the other deleted). */
export interface MergeConflict {
  readonly element: MergeElement;
  /** For a paragraph: its position in the merged draft (1-based); for a photo: its place among the photos. */
  readonly position: number | null;
  /** Its position in the base lead (paragraphs and photos), null for one the base lacks. */
  readonly basePosition: number | null;
  readonly base: string | null;
  /** This desk's version; null when this desk deleted it. Paragraphs of a split are joined by a blank line. */
  readonly ours: string | null;
  /** The other desk's version; null when it deleted it. */
  readonly theirs: string | null;
}

/** One piece of the merged lead: settled text, or a conflict (by its index in `conflicts`). */
export type MergedSlot = { readonly text: string } | { readonly conflict: number };

export interface LeadMerge {
  /**
   * The merged lead: the other desk's label, no ATTN line (the next lead
   * gets a fresh one). Where there are conflicts it holds the other desk's
   * version, so it is complete only when `conflicts` is empty.
   */
  readonly article: Article;
  readonly conflicts: readonly MergeConflict[];
  /** The merged paragraphs, conflicts in place (a slot may hold several paragraphs of a split). */
  readonly paragraphs: readonly MergedSlot[];
  /** The header elements as merged: a conflict index where the desks disagreed. */
  readonly header: MergedHeader;
}

export interface MergedHeader {
  readonly slug: Scalar;
  readonly headline: Scalar;
  readonly byline: Scalar;
  readonly email: Scalar;
  readonly footer: Scalar;
  readonly photos: readonly MergedSlot[];
}

type Scalar = { readonly value: string | null } | { readonly conflict: number };

export function mergeLeads(base: Article, ours: Article, theirs: Article): LeadMerge {
  const conflicts: MergeConflict[] = [];
  const scalar = (element: MergeElement, pick: (a: Article) => string | null): Scalar => {
    const merged = mergeValue(pick(base), pick(ours), pick(theirs));
    if (merged.clean) return { value: merged.value };
    conflicts.push({ element, position: null, basePosition: null, base: pick(base), ours: pick(ours), theirs: pick(theirs) });
    return { conflict: conflicts.length - 1 };
  };
  const header = {
    slug: scalar('slug', (a) => a.slug),
    headline: scalar('headline', (a) => a.headline),
    byline: scalar('byline', (a) => a.byline),
    email: scalar('email', (a) => a.email),
    footer: scalar('footer', (a) => a.footer),
    photos: mergePhotos(base, ours, theirs, conflicts),
  };

  // The dateline is an element of its own: one desk may change it while the other rewrites the lead.
  const datelines = [base, ours, theirs].map((a) => datelinePart(a.paragraphs[0]));
  const split = datelines.every((d) => d !== null);
  const bodies = (a: Article) => (split ? [withoutDateline(a.paragraphs[0]!), ...a.paragraphs.slice(1)] : [...a.paragraphs]);
  const paragraphs = mergeParagraphs(bodies(base), bodies(ours), bodies(theirs), split, conflicts);
  if (split) {
    const [b, o, t] = datelines as string[];
    prependDateline(paragraphs, { base: b!, ours: o!, theirs: t! }, conflicts);
  }
  numberParagraphConflicts(paragraphs, conflicts);

  const settle = (slot: MergedSlot): string => ('text' in slot ? slot.text : (conflicts[slot.conflict]!.theirs ?? ''));
  const value = (s: Scalar, fallback: string | null) => ('value' in s ? s.value : fallback);
  const article: Article = {
    slug: value(header.slug, theirs.slug),
    label: theirs.label,
    tags: mergeTags(base.tags, ours.tags, theirs.tags),
    headline: value(header.headline, theirs.headline),
    attn: null,
    byline: value(header.byline, theirs.byline),
    paragraphs: paragraphs.map(settle).filter((text) => text !== '').flatMap((text) => text.split(PARAGRAPH_BREAK)),
    photos: header.photos.map(settle).filter((text) => text !== ''),
    email: value(header.email, theirs.email),
    end: ours.end === base.end ? theirs.end : ours.end,
    footer: value(header.footer, theirs.footer),
  };
  return { article, conflicts, paragraphs, header };
}

/** A value changed on one side takes that side's; on both, only the same change is clean. */
function mergeValue(base: string | null, ours: string | null, theirs: string | null): { clean: boolean; value: string | null } {
  if (ours === base) return { clean: true, value: theirs };
  if (theirs === base || theirs === ours) return { clean: true, value: ours };
  return { clean: false, value: null };
}

function mergeTags(base: readonly string[], ours: readonly string[], theirs: readonly string[]): string[] {
  const same = (a: readonly string[], b: readonly string[]) => a.join('\n') === b.join('\n');
  // Feature labels cannot hold a conflict block: a disagreement keeps the other desk's, as published.
  return [...(same(ours, base) ? theirs : same(theirs, base) ? ours : theirs)];
}

function datelinePart(paragraph: string | undefined): string | null {
  if (paragraph === undefined || parseDateline(paragraph) === null) return null;
  return paragraph.slice(0, paragraph.length - withoutDateline(paragraph).length);
}

/**
 * The dateline opens the merged lead's first paragraph, wherever that
 * paragraph came from. Desks that disagree on it make paragraph 1 a conflict.
 */
function prependDateline(
  slots: MergedSlot[],
  dateline: { base: string; ours: string; theirs: string },
  conflicts: MergeConflict[],
): void {
  const merged = mergeValue(dateline.base, dateline.ours, dateline.theirs);
  const ours = merged.clean ? merged.value! : dateline.ours;
  const theirs = merged.clean ? merged.value! : dateline.theirs;
  const withDateline = (prefix: string, text: string | null) => (text === null ? null : prefix + text);
  const slot = slots[0];
  if (slot === undefined) {
    slots.push({ text: theirs.trimEnd() });
  } else if ('text' in slot) {
    if (merged.clean) slots[0] = { text: ours + slot.text };
    else {
      conflicts.push({ element: 'dateline', position: 1, basePosition: 1, base: dateline.base.trimEnd(), ours: ours + slot.text, theirs: theirs + slot.text });
      slots[0] = { conflict: conflicts.length - 1 };
    }
  } else {
    const conflict = conflicts[slot.conflict]!;
    conflicts[slot.conflict] = { ...conflict, ours: withDateline(ours, conflict.ours), theirs: withDateline(theirs, conflict.theirs) };
  }
}

function numberParagraphConflicts(slots: readonly MergedSlot[], conflicts: MergeConflict[]): void {
  let position = 1;
  for (const slot of slots) {
    if ('text' in slot) {
      if (slot.text !== '') position += slot.text.split(PARAGRAPH_BREAK).length;
      continue;
    }
    conflicts[slot.conflict] = { ...conflicts[slot.conflict]!, position };
    position += 1;
  }
}

// ------------------------------------------------------------------ paragraphs

/** What one side did to one paragraph of the base. */
type Fate =
  | { readonly kind: 'kept'; readonly moved: boolean }
  | { readonly kind: 'changed'; readonly text: string; readonly moved: boolean }
  | { readonly kind: 'deleted' }
  /** Merged into the paragraph that carries the text of the base paragraph `into`. */
  | { readonly kind: 'absorbed'; readonly into: number };

/** A paragraph of one side, in that side's order: from a base paragraph, or added. */
type Entry = { readonly base: number } | { readonly added: string };

interface Side {
  readonly fates: readonly Fate[];
  readonly order: readonly Entry[];
}

function readSide(base: readonly string[], side: readonly string[], sameLead: boolean): Side {
  const changes = alignParagraphs(base, side, { sameLead });
  const fates: Fate[] = base.map(() => ({ kind: 'deleted' }));
  const order: Entry[] = [];
  for (const change of changes) {
    if (change.new.length === 0) continue;
    if (change.op === 'add') {
      order.push({ added: change.text });
      continue;
    }
    const [first, ...rest] = change.old.map((position) => position - 1);
    fates[first!] = fateOf(change, base[first!]!);
    for (const i of rest) fates[i] = { kind: 'absorbed', into: first! };
    order.push({ base: first! });
  }
  return { fates, order };
}

function fateOf(change: ParagraphChange, baseText: string): Fate {
  const moved = change.op === 'move';
  return change.text === baseText && change.old.length === 1 ? { kind: 'kept', moved } : { kind: 'changed', text: change.text, moved };
}

/** The outcome of a fate, for comparing the two sides: the text, or why there is none. */
function outcome(fate: Fate): string {
  switch (fate.kind) {
    case 'kept':
      return 'kept';
    case 'changed':
      return `text:${fate.text}`;
    case 'deleted':
      return 'deleted';
    case 'absorbed':
      return `absorbed:${fate.into}`;
  }
}

type Item = { readonly base: number } | { readonly added: string; readonly side: 'ours' | 'theirs' };

function mergeParagraphs(
  base: readonly string[],
  oursParas: readonly string[],
  theirsParas: readonly string[],
  sameLead: boolean,
  conflicts: MergeConflict[],
): MergedSlot[] {
  const ours = readSide(base, oursParas, sameLead);
  const theirs = readSide(base, theirsParas, sameLead);
  const items = orderItems(ours, theirs);
  const slots: MergedSlot[] = [];
  for (const item of items) {
    if ('added' in item) {
      slots.push({ text: item.added });
      continue;
    }
    const i = item.base;
    const o = ours.fates[i]!;
    const t = theirs.fates[i]!;
    const chosen = o.kind === 'kept' ? t : t.kind === 'kept' || outcome(o) === outcome(t) ? o : null;
    if (chosen === null) {
      conflicts.push({ element: 'paragraph', position: null, basePosition: i + 1, base: base[i]!, ours: textOf(o), theirs: textOf(t) });
      slots.push({ conflict: conflicts.length - 1 });
    } else if (chosen.kind === 'kept') slots.push({ text: base[i]! });
    else if (chosen.kind === 'changed') slots.push({ text: chosen.text });
  }
  return slots;
}

function textOf(fate: Fate): string | null {
  return fate.kind === 'changed' ? fate.text : null;
}

/**
 * The merged order: the other desk's lead, with this desk's added and moved
 * paragraphs placed after the paragraph they follow in this desk's lead. A
 * paragraph both desks moved stays where the other desk put it.
 */
function orderItems(ours: Side, theirs: Side): Item[] {
  const items: Item[] = theirs.order.map((entry) => ('base' in entry ? { base: entry.base } : { added: entry.added, side: 'theirs' }));
  const placed = new Map<number, Item>();
  for (const item of items) if ('base' in item) placed.set(item.base, item);
  let previous: Item | null = null;
  const insertAfter = (item: Item) => {
    const at = previous === null ? 0 : items.indexOf(previous) + 1;
    items.splice(at, 0, item);
  };
  for (const entry of ours.order) {
    if ('added' in entry) {
      const item: Item = { added: entry.added, side: 'ours' };
      insertAfter(item);
      previous = item;
      continue;
    }
    const fate = ours.fates[entry.base]!;
    const theirFate = theirs.fates[entry.base]!;
    const theyMoved = 'moved' in theirFate && theirFate.moved;
    let item = placed.get(entry.base);
    if (item === undefined) {
      // The other desk deleted or merged it; it stays only as a conflict, where this desk had it.
      item = { base: entry.base };
      placed.set(entry.base, item);
      insertAfter(item);
    } else if ('moved' in fate && fate.moved && !theyMoved) {
      items.splice(items.indexOf(item), 1);
      insertAfter(item);
    }
    previous = item;
  }
  return items;
}

// ------------------------------------------------------------------ photos

/** Photos by caption, as paragraphs are: a reworded caption is the same photo changed. */
function mergePhotos(base: Article, ours: Article, theirs: Article, conflicts: MergeConflict[]): MergedSlot[] {
  const oursFates = photoFates(base.photos, diffElements(base, ours).photos);
  const theirsFates = photoFates(base.photos, diffElements(base, theirs).photos);
  const slots: MergedSlot[] = [];
  const decide = (i: number) => {
    const o = oursFates.fates[i]!;
    const t = theirsFates.fates[i]!;
    const merged = mergeValue(base.photos[i]!, o, t);
    if (merged.clean) {
      if (merged.value !== null) slots.push({ text: merged.value });
      return;
    }
    conflicts.push({ element: 'photo', position: null, basePosition: i + 1, base: base.photos[i]!, ours: o, theirs: t });
    slots.push({ conflict: conflicts.length - 1 });
  };
  // Base photos in the other desk's order, then what either desk added.
  const seen = new Set<number>();
  for (const i of theirsFates.order) {
    seen.add(i);
    decide(i);
  }
  base.photos.forEach((_, i) => {
    if (!seen.has(i) && oursFates.fates[i] !== null) decide(i);
  });
  for (const caption of [...theirsFates.added, ...oursFates.added]) {
    if (!slots.some((slot) => 'text' in slot && slot.text === caption)) slots.push({ text: caption });
  }
  slots.forEach((slot, k) => {
    if ('conflict' in slot) conflicts[slot.conflict] = { ...conflicts[slot.conflict]!, position: k + 1 };
  });
  return slots;
}

/** Each base photo's caption on one side (null: dropped), the base photos in that side's order, and the captions it added. */
function photoFates(basePhotos: readonly string[], changes: readonly PhotoChange[]) {
  const fates: (string | null)[] = basePhotos.map(() => null);
  const order: number[] = [];
  const added: string[] = [];
  const used = new Set<number>();
  for (const change of changes) {
    if (change.op === 'delete') continue;
    if (change.op === 'add' || change.old === null) {
      added.push(change.new!);
      continue;
    }
    const i = basePhotos.findIndex((caption, k) => caption === change.old && !used.has(k));
    used.add(i);
    fates[i] = change.new;
    order.push(i);
  }
  return { fates, order, added };
}

// ------------------------------------------------------------------ the draft

export const CONFLICT_START = '<<<<<<< this desk';
export const CONFLICT_MIDDLE = '=======';
export const CONFLICT_END = '>>>>>>>';

/**
 * The merged lead as a draft for the editor, in the canonical layout: each
 * conflict a block of this desk's version and the other desk's between
 * marker lines, the last naming the other desk's lead (`theirName`).
 */
export function renderMergeDraft(merge: LeadMerge, theirName: string): string {
  const token = (index: number) => `\u0000${index}\u0000`;
  const slotText = (slot: MergedSlot) => ('text' in slot ? slot.text : token(slot.conflict));
  const scalar = (s: Scalar, fallback: string | null) => ('value' in s ? s.value : token(s.conflict));
  const { header } = merge;
  const draft: Article = {
    ...merge.article,
    slug: scalar(header.slug, null),
    headline: scalar(header.headline, null),
    byline: scalar(header.byline, null),
    email: scalar(header.email, null),
    footer: scalar(header.footer, null),
    photos: header.photos.map(slotText),
    paragraphs: merge.paragraphs.map(slotText).filter((text) => text !== '').flatMap((text) => text.split(PARAGRAPH_BREAK)),
  };
  return renderArticle(draft)
    .split('\n')
    .map((line) => {
      const match = /\u0000(\d+)\u0000/.exec(line);
      if (!match) return line;
      const conflict = merge.conflicts[Number(match[1])]!;
      const version = (text: string | null) => (text === null ? [] : [line.replace(match[0], text)]);
      return [CONFLICT_START, ...version(conflict.ours), CONFLICT_MIDDLE, ...version(conflict.theirs), `${CONFLICT_END} ${theirName}`].join('\n');
    })
    .join('\n');
}

const MARKER = /<{7}|>{7}|(?:^|\s)={7}(?:\s|$)/;

/** Where a lead still carries conflict markers: `para 3`, `headline`, `photo 2`, ... */
export function conflictMarkers(article: Article): string[] {
  const found: string[] = [];
  const check = (name: string, text: string | null) => {
    if (text !== null && MARKER.test(text)) found.push(name);
  };
  check('slug line', article.slug);
  check('headline', article.headline);
  check('ATTN line', article.attn);
  check('byline', article.byline);
  article.photos.forEach((caption, k) => check(`photo ${k + 1}`, caption));
  article.paragraphs.forEach((text, k) => check(`para ${k + 1}`, text));
  check('e-mail line', article.email);
  check('footer', article.footer);
  return found;
}

/** The text holds marker lines anywhere, even where the parser found no field (a block before the header). */
export function hasConflictLines(text: string): boolean {
  return text.split('\n').some((line) => line.startsWith(CONFLICT_START.slice(0, 8)) || line.startsWith(`${CONFLICT_END} `) || line === CONFLICT_MIDDLE);
}
