import type { AttnElement, Clause, Where } from './clause.js';
import type { ChangeFacts, ChangedParagraph } from './facts.js';
import { commonSpeaker, possessive } from './speaker.js';
import type { Verb } from './verbs.js';

export interface WriteOptions {
  /** The editor's own content phrase for the main content clause (`--what`). */
  readonly what?: string | undefined;
  /** The change fixes an error: changed figures are CORRECTS, not UPDATES (`--correction`). */
  readonly correction?: boolean | undefined;
}

/**
 * Changes cover at least this share of the new lead's paragraphs, lead
 * included, and are not one run to the end: positions would be noise, so the
 * line says `throughout`. (On the case suite: a rewrite touching 7 of 9
 * paragraphs reads `throughout`; "everything from para 3 on" stays
 * `from 3rd para`; 2 edited and 2 added of 8 stays a list.)
 */
export const THROUGHOUT_SHARE = 0.6;

/**
 * The clauses a careful desk editor would write for these facts, in house
 * order: headline and lead first, then the body in paragraph order, then
 * restructuring and trims, then dateline and slug, byline and photo last.
 */
export function writeClauses(facts: ChangeFacts, options: WriteOptions = {}): Clause[] {
  const clauses: Clause[] = [];
  const lead = facts.changed.find((p) => p.position === 1 && p.kind === 'rewrite' && !p.moved);
  const body = facts.changed.filter((p) => p !== lead);

  const reworded: AttnElement[] = [];
  const recast: AttnElement[] = [];
  if (facts.headline === 'recast') recast.push('headline');
  else if (facts.headline !== 'none') reworded.push('headline');
  if (lead) recast.push('lead');
  if (recast.length > 0) clauses.push(clause('RECASTS', recast));
  if (reworded.length > 0) clauses.push(clause('CHANGES', reworded));

  if (isThroughout(facts, body, lead !== undefined)) {
    // A flash followed by the full story: everything is new.
    const allNew = lead === undefined && body.every((p) => p.kind === 'added');
    clauses.push({
      verb: allNew ? 'ADDS' : 'UPDATES',
      elements: [],
      what: options.what ?? (allNew ? 'details' : null),
      where: { kind: 'throughout' },
    });
  } else {
    clauses.push(...bodyClauses(body, facts.paragraphCount, options));
  }

  if (facts.moved.length > 0) clauses.push(clause('RESTRUCTURES', []));
  if (facts.deleted.length > 0) clauses.push(clause('TRIMS', []));
  if (facts.dateline !== 'none') clauses.push(clause('CHANGES', ['dateline']));
  if (facts.slug !== 'none') clauses.push(clause('CHANGES', ['slug']));

  const added: AttnElement[] = [];
  const changed: AttnElement[] = [];
  if (facts.byline === 'added') added.push('byline');
  else if (facts.byline !== 'none') changed.push('byline');
  if (facts.photos.added > 0) added.push('photo');
  if (facts.photos.replaced + facts.photos.reworded > 0) changed.push('photo');
  if (changed.length > 0) clauses.push(clause('CHANGES', changed));
  if (added.length > 0) clauses.push(clause('ADDS', added));
  if (facts.photos.removed > 0 && facts.photos.added + facts.photos.replaced === 0) clauses.push(clause('DELETES', ['photo']));
  return mergeElementClauses(clauses);
}

function clause(verb: Verb, elements: AttnElement[], what: string | null = null, where: Where | null = null): Clause {
  return { verb, elements, what, where };
}

/** Scattered changes over most of the story, typically lead included. */
function isThroughout(facts: ChangeFacts, body: readonly ChangedParagraph[], leadRecast: boolean): boolean {
  const touched = new Set(body.filter((p) => p.kind !== 'typo').map((p) => p.position));
  if (leadRecast) touched.add(1);
  if (facts.paragraphCount < 4 || touched.size / facts.paragraphCount < THROUGHOUT_SHARE) return false;
  const sorted = [...touched].sort((a, b) => a - b);
  const tailRun = sorted.every((p, i) => p === sorted[0]! + i) && sorted.at(-1) === facts.paragraphCount;
  // "Everything from para N on" is `from Nth para`, unless N is the lead: then it is everything.
  return !(tailRun && !leadRecast && sorted[0]! > 1);
}

/**
 * Figures-only edits get their own UPDATES (or CORRECTS) clause, fixed
 * typos a CORRECTS clause; everything else, new paragraphs and rewritten
 * ones side by side, is one clause: ADDS when all of it is new, UPDATES
 * when anything old changed too.
 */
function bodyClauses(body: readonly ChangedParagraph[], count: number, options: WriteOptions): Clause[] {
  const figures = body.filter((p) => p.kind === 'figures');
  const typos = body.filter((p) => p.kind === 'typo');
  const content = body.filter((p) => p.kind !== 'figures' && p.kind !== 'typo');
  const out: { first: number; clause: Clause }[] = [];
  if (content.length > 0) {
    const allNew = content.every((p) => p.kind === 'added');
    const speaker = commonSpeaker(content.filter((p) => p.kind === 'added').map((p) => p.text));
    const what = options.what ?? (speaker ? `${possessive(speaker)} comments` : 'more details');
    out.push({
      first: content[0]!.position,
      clause: clause(allNew ? 'ADDS' : 'UPDATES', [], what, where(content, count)),
    });
  }
  if (figures.length > 0) {
    out.push({
      first: figures[0]!.position,
      clause: clause(options.correction ? 'CORRECTS' : 'UPDATES', [], 'figures', where(figures, count, false)),
    });
  }
  if (typos.length > 0) {
    out.push({ first: typos[0]!.position, clause: clause('CORRECTS', [], 'typo', where(typos, count, false)) });
  }
  return out.sort((a, b) => a.first - b.first).map((entry) => entry.clause);
}

/**
 * The location in the desk's forms, preferring the contiguous ones: a run of
 * new paragraphs that ends the story is `last N paras`; a run that ends the
 * story and opens with a changed old paragraph is `from Nth para`;
 * otherwise the positions themselves.
 */
function where(paragraphs: readonly ChangedParagraph[], count: number, tailForms = true): Where {
  const positions = paragraphs.map((p) => p.position).sort((a, b) => a - b);
  const contiguous = positions.every((p, i) => p === positions[0]! + i);
  if (tailForms && contiguous && positions.at(-1) === count && positions.length > 1) {
    if (paragraphs.every((p) => p.kind === 'added')) return { kind: 'last', count: positions.length };
    return { kind: 'from', start: positions[0]! };
  }
  if (tailForms && contiguous && positions.length === 1 && positions[0] === count && paragraphs[0]!.kind === 'added') {
    return { kind: 'last', count: 1 };
  }
  return { kind: 'paras', paragraphs: positions };
}

/** `ADDS byline` and `ADDS photo` read as `ADDS byline, photo`. */
function mergeElementClauses(clauses: readonly Clause[]): Clause[] {
  const out: Clause[] = [];
  for (const current of clauses) {
    const previous = out.at(-1);
    const elementOnly = (c: Clause) => c.elements.length > 0 && c.what === null && c.where === null;
    if (previous && previous.verb === current.verb && elementOnly(previous) && elementOnly(current)) {
      out[out.length - 1] = { ...previous, elements: [...previous.elements, ...current.elements] };
    } else {
      out.push(current);
    }
  }
  return out;
}
