import { contentPhrase, type Attribution } from './attribution.js';
import type { AttnElement, Clause, Where } from './clause.js';
import { isThroughout, type ChangeFacts, type ChangedParagraph } from './facts.js';
import { indicatorsOf } from './subjects.js';
import type { Verb } from './verbs.js';

export interface WriteOptions {
  /** The editor's own content phrase for the main content clause (`--what`). */
  readonly what?: string | undefined;
  /** The change fixes an error: changed figures are CORRECTS, not UPDATES (`--correction`). */
  readonly correction?: boolean | undefined;
}

/**
 * The clauses a careful desk editor would write for these facts, in house
 * order: headline and lead first (in one clause), then the body in
 * paragraph order, then restructuring and trims, then dateline and slug,
 * byline and photo last; one clause per verb where the elements can share it.
 */
export function writeClauses(facts: ChangeFacts, options: WriteOptions = {}): Clause[] {
  const throughout = isThroughout(facts);
  const lead = facts.changed.find((p) => p.position === 1 && p.kind === 'rewrite' && !p.moved);
  // A recast lead that tells a new event is an update with that event, not a new angle.
  const leadEvent = lead && !throughout && options.what === undefined ? facts.events.find((e) => e.positions.includes(1)) : undefined;
  const clauses: Clause[] = [];
  if (leadEvent) {
    const told = facts.changed.filter((p) => leadEvent.positions.includes(p.position));
    const headline: AttnElement[] = facts.headline === 'none' || facts.headline === 'typo' ? [] : ['headline'];
    clauses.push(
      told.length === 1
        ? clause('UPDATES', [...headline, 'lead'], leadEvent.phrase)
        : clause('UPDATES', headline, leadEvent.phrase, where(told, facts.paragraphCount, false)),
    );
    if (facts.headline === 'typo') clauses.push(clause('CORRECTS', ['headline'], 'typo'));
    clauses.push(...bodyClauses(facts.changed.filter((p) => !told.includes(p)), facts, options));
  } else {
    clauses.push(...headClauses(facts, lead !== undefined, throughout));
    if (throughout) clauses.push(throughoutClause(facts, lead !== undefined, options));
    else clauses.push(...bodyClauses(facts.changed.filter((p) => p !== lead), facts, options));
  }

  if (facts.moved.length > 0) clauses.push(clause('RESTRUCTURES', []));
  // Inside a rewrite throughout, a paragraph folded away is part of the rewrite: TRIMS says the story got shorter.
  if (throughout ? facts.paragraphCount < facts.oldParagraphCount : facts.deleted.length > 0) clauses.push(clause('TRIMS', []));
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
  return shareVerbs(clauses);
}

function clause(verb: Verb, elements: AttnElement[], what: string | null = null, where: Where | null = null): Clause {
  return { verb, elements, what, where };
}

/**
 * Headline and lead share one clause: `RECASTS headline, lead`. Beside
 * `throughout` a recast lead alone goes unsaid (throughout covers it). A
 * headline whose numbers alone changed joins the figures clause instead.
 */
function headClauses(facts: ChangeFacts, leadRecast: boolean, throughout: boolean): Clause[] {
  const { headline } = facts;
  const headlineNews = headline === 'reworded' || headline === 'recast' || headline === 'figures';
  const out: Clause[] = [];
  if (leadRecast && headlineNews) out.push(clause('RECASTS', ['headline', 'lead']));
  else if (leadRecast && !throughout) out.push(clause('RECASTS', ['lead']));
  else if (headline === 'recast') out.push(clause('RECASTS', ['headline']));
  else if (headline === 'reworded') out.push(clause('CHANGES', ['headline']));
  else if (headline === 'figures' && throughout) out.push(clause('UPDATES', ['headline'], facts.headlineCounts ?? 'figures'));
  if (headline === 'typo') out.push(clause('CORRECTS', ['headline'], 'typo'));
  return out;
}

/** Changes over most of the story: one clause, and the source or subject still rides along. */
function throughoutClause(facts: ChangeFacts, leadRecast: boolean, options: WriteOptions): Clause {
  const content = facts.changed.filter((p) => p.kind !== 'typo');
  // A flash followed by the full story: everything is new.
  const allNew = !leadRecast && content.every((p) => p.kind === 'added' && !p.replacing);
  const source = commonSource(content, facts, true);
  const what =
    options.what ?? (source ? contentPhrase(source.source, source.speech) : allNew ? 'details' : (facts.events[0]?.phrase ?? subjectOf(content)));
  return clause(allNew ? 'ADDS' : 'UPDATES', [], what, { kind: 'throughout' });
}

/**
 * Figures-only edits get their own UPDATES (or CORRECTS) clause, named by
 * what they count, with the headline when its numbers changed too; fixed
 * typos a CORRECTS clause; everything else, new paragraphs and rewritten
 * ones side by side, is one clause: ADDS when all of it is new, UPDATES
 * when anything old changed too.
 */
function bodyClauses(body: readonly ChangedParagraph[], facts: ChangeFacts, options: WriteOptions): Clause[] {
  const count = facts.paragraphCount;
  let figures = body.filter((p) => p.kind === 'figures');
  const typos = body.filter((p) => p.kind === 'typo');
  let trimmed = body.filter((p) => p.kind === 'trim');
  let content = body.filter((p) => p.kind !== 'figures' && p.kind !== 'typo' && p.kind !== 'trim');
  const source = commonSource(content, facts, false);
  const event = facts.events.find((e) => content.filter((p) => e.positions.includes(p.position)).length * 2 > content.length);
  // A paragraph that only lost a sentence joins the "more details" of its neighbours, but no source or event
  // is named over it: `UPDATES 8th para; ADDS governor's remarks in paras 3-4`.
  if (trimmed.length > 0 && content.length > 0 && !source && !event && options.what === undefined) {
    content = [...content, ...trimmed].sort((a, b) => a.position - b.position);
    trimmed = [];
  }
  // Edits whose new words are new counts of one thing are figures too: `UPDATES casualty figures in paras 1, 3`.
  if (options.what === undefined && !source && !event && subjectOf(content)) {
    figures = figures.concat(content);
    content = [];
  }
  const out: { first: number; clause: Clause }[] = [];
  if (content.length > 0) {
    const allNew = content.every((p) => p.kind === 'added' && !p.replacing);
    const indicators = allNew && !source && !event ? indicatorsOf(content.map((p) => p.text)) : null;
    const what = options.what ?? (source ? contentPhrase(source.source, source.speech) : (event?.phrase ?? indicators ?? 'more details'));
    out.push({ first: content[0]!.position, clause: clause(allNew ? 'ADDS' : 'UPDATES', [], what, where(content, count)) });
  }
  const headlineFigures = facts.headline === 'figures';
  if (figures.length > 0 || headlineFigures) {
    const verb = options.correction ? 'CORRECTS' : 'UPDATES';
    // A list that grew (additional picks) carries its new count in the headline: that is no separate figure.
    const listGrew = headlineFigures && facts.events.some((e) => e.more);
    const subject = sharedCount([...figures.map((p) => p.counts), ...(headlineFigures ? [facts.headlineCounts] : [])]) ?? (listGrew ? null : 'figures');
    const elements: AttnElement[] = headlineFigures ? ['headline'] : [];
    const onlyLead = figures.length === 1 && figures[0]!.position === 1;
    // `UPDATES death toll in headline, lead`: the lead joins the headline as an element.
    const figureClause =
      headlineFigures && (onlyLead || figures.length === 0)
        ? clause(verb, figures.length > 0 ? [...elements, 'lead'] : elements, subject)
        : clause(verb, elements, subject, where(figures, count, false));
    out.push({ first: figures[0]?.position ?? 0, clause: figureClause });
  }
  if (typos.length > 0) {
    out.push({ first: typos[0]!.position, clause: clause('CORRECTS', [], 'typo', where(typos, count, false)) });
  }
  // A sentence cut inside a kept paragraph: `UPDATES 6th para`, with nothing to name.
  if (trimmed.length > 0) out.push({ first: trimmed[0]!.position, clause: clause('UPDATES', [], null, where(trimmed, count, false)) });
  return out.sort((a, b) => a.first - b.first).map((entry) => entry.clause);
}

/**
 * The one source a run of changed paragraphs quotes: the only source named
 * in them, attributed in most of them (a plain fact may sit among its
 * quotes; half and half is two kinds of news, "more details"). On `throughout` a story already
 * quotes its old sources, so the one source new to the story is what is new.
 */
function commonSource(paragraphs: readonly ChangedParagraph[], facts: ChangeFacts, throughout: boolean): Attribution | null {
  // Beside positions, an edited paragraph that quotes a source the story already had brings new facts, not a new voice.
  const voiced = (p: ChangedParagraph) => p.source !== null && (throughout || p.kind === 'added' || !isOldSource(p.source, facts));
  const attributed = paragraphs.flatMap((p) => (voiced(p) ? [p.source!] : []));
  const names = new Set(attributed.map((a) => a.source.name));
  if (names.size === 1 && attributed.length * 2 > paragraphs.length) return attributed[0]!;
  if (!throughout) return null;
  // Throughout, the one source new to the story, quoted more than once, is what is new.
  const fresh = attributed.filter((a) => !isOldSource(a, facts));
  return new Set(fresh.map((a) => a.source.name)).size === 1 && fresh.length > 1 ? fresh[0]! : null;
}

/** A source the old lead quoted, under its name or another with the same head (`city fire department`, `fire department`). */
function isOldSource(attribution: Attribution, facts: ChangeFacts): boolean {
  const head = (name: string) => name.toLowerCase().split(/\s+/).at(-1)!;
  return [...facts.oldSources].some((old) => old === attribution.source.name || head(old) === head(attribution.source.name));
}

/** What edited paragraphs' new numbers count, when every one of them counts the same thing. */
function subjectOf(paragraphs: readonly ChangedParagraph[]): string | null {
  if (paragraphs.length === 0 || paragraphs.some((p) => p.kind === 'added' || p.counts === null)) return null;
  return sharedCount(paragraphs.map((p) => p.counts));
}

function sharedCount(counts: readonly (string | null)[]): string | null {
  const named = new Set(counts.filter((c): c is string => c !== null));
  if (named.size === 1 && counts.every((c) => c !== null)) return [...named][0]!;
  // The dead and the injured together are the casualties.
  if (named.size === 2 && named.has('death toll') && named.has('casualty figures')) return 'casualty figures';
  return null;
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
    if (paragraphs.every((p) => p.kind === 'added' && !p.replacing)) return { kind: 'last', count: positions.length };
    return { kind: 'from', start: positions[0]! };
  }
  if (tailForms && contiguous && positions.length === 1 && positions[0] === count && paragraphs[0]!.kind === 'added' && !paragraphs[0]!.replacing) {
    return { kind: 'last', count: 1 };
  }
  return { kind: 'paras', paragraphs: positions };
}

/**
 * One clause per verb where it reads better: `CHANGES headline, dateline`,
 * `ADDS byline, photo`, and a byline or photo joins the clause that adds
 * paragraphs (`ADDS more details in paras 3-4, photo`).
 */
function shareVerbs(clauses: readonly Clause[]): Clause[] {
  const out: Clause[] = [];
  const elementOnly = (c: Clause) => c.elements.length > 0 && c.what === null && c.where === null;
  const trailing = (c: Clause) => c.elements.every((e) => e === 'byline' || e === 'photo');
  for (const current of clauses) {
    const index = elementOnly(current)
      ? out.findIndex(
          (c) =>
            c.verb === current.verb &&
            (elementOnly(c) || (current.verb === 'ADDS' && trailing(current) && c.elements.length === 0 && c.where?.kind !== 'throughout')),
        )
      : -1;
    if (index >= 0) out[index] = { ...out[index]!, elements: [...out[index]!.elements, ...current.elements] };
    else out.push(current);
  }
  return out;
}
