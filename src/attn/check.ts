import { ordinal } from '../article/label.js';
import { contentPhrase, isGenericPhrase, phraseNamesSource, type Attribution } from './attribution.js';
import { positionsOf, type AttnElement } from './clause.js';
import { isThroughout, type ChangeFacts } from './facts.js';
import { ranges } from './style.js';
import { namesSubject } from './subjects.js';
import { parseAttn, type ParsedAttn } from './grammar.js';
import { REWORD_FAMILY } from './verbs.js';

/**
 * Checks a hand-written ATTN line against what really changed. A line agrees
 * when it announces the same facts, whatever the wording: the same changed
 * elements, the same paragraphs as sets, `throughout` only where changes
 * really are spread out. Clause order and content phrases are free.
 */
export type Severity =
  /** A fact announced wrongly or not at all: the line is wrong. */
  | 'error'
  /** Right facts, wrong form: a misspelled verb, an unreadable clause. */
  | 'style'
  /** Worth knowing, not wrong: a fixed typo or a cut left unannounced. */
  | 'note';

/** One thing the checker found, in words for the editor. */
export interface Finding {
  readonly severity: Severity;
  readonly message: string;
}

/** The findings on a hand-written ATTN line, and what they come to. */
export interface CheckResult {
  readonly findings: readonly Finding[];
  /** No error: the line announces the facts (commit keeps it). */
  readonly agrees: boolean;
  /** Nothing but notes: `leads check` exits 0. */
  readonly ok: boolean;
}

/** What a written line announces, resolved against the new lead's paragraph count. */
export interface Announced {
  readonly positions: ReadonlySet<number>;
  readonly throughout: boolean;
  /** An ADDS or UPDATES clause without any position. */
  readonly vague: boolean;
  readonly elements: ReadonlySet<AttnElement>;
  readonly trims: boolean;
  readonly restructures: boolean;
}

export function announced(parsed: ParsedAttn, paragraphCount: number): Announced {
  const positions = new Set<number>();
  const elements = new Set<AttnElement>();
  let throughout = false;
  let vague = false;
  let trims = false;
  let restructures = false;
  for (const clause of parsed.clauses) {
    if (clause.verb === 'TRIMS' || (clause.verb === 'DELETES' && clause.elements.length === 0)) trims = true;
    if (clause.verb === 'RESTRUCTURES') restructures = true;
    for (const element of clause.elements) elements.add(element);
    if (clause.where?.kind === 'throughout') throughout = true;
    else for (const p of positionsOf(clause.where, paragraphCount)) positions.add(p);
    const content = clause.verb !== 'TRIMS' && clause.verb !== 'RESTRUCTURES';
    if (content && clause.where === null && clause.elements.length === 0) vague = true;
  }
  if (elements.has('lead')) positions.add(1);
  return { positions, throughout, vague, elements, trims, restructures };
}

/** Checks a hand-written ATTN line (null: none) against the facts of the real diff (`writeAttn(diff).facts`). */
export function checkAttn(written: string | null, facts: ChangeFacts): CheckResult {
  const findings: Finding[] = [];
  const error = (message: string) => findings.push({ severity: 'error', message });
  const note = (message: string) => findings.push({ severity: 'note', message });
  const n = facts.paragraphCount;
  const content = facts.changed.filter((p) => p.kind !== 'typo');
  const typos = facts.changed.filter((p) => p.kind === 'typo').map((p) => p.position);
  const photoChanged = facts.photos.added + facts.photos.removed + facts.photos.replaced + facts.photos.reworded > 0;
  const anything =
    facts.changed.length + facts.deleted.length + facts.replaced.length + facts.moved.length > 0 ||
    facts.headline !== 'none' || facts.byline !== 'none' || facts.dateline !== 'none' || facts.slug !== 'none' || photoChanged;

  if (written === null) {
    const news = content.length > 0 || (facts.headline !== 'none' && facts.headline !== 'typo') || facts.byline !== 'none' || facts.dateline !== 'none' || facts.slug !== 'none' || photoChanged;
    if (news) error('the lead changed but carries no ATTN line');
    else if (anything) note('only light fixes, cuts or moves, and no ATTN line: fine, though desks often announce them');
    return result(findings);
  }
  const parsed = parseAttn(written);
  for (const clause of parsed.clauses) {
    if (clause.verbAsWritten.misspelled) {
      findings.push({ severity: 'style', message: `'${clause.verbAsWritten.written}' is not house style: write ${clause.verb}` });
    }
  }
  for (const part of parsed.unread) findings.push({ severity: 'style', message: `cannot read '${part}' as a clause: a clause opens with a verb such as ADDS` });
  if (!anything) {
    error('the ATTN line announces changes, but the copy is the same as the previous lead');
    return result(findings);
  }
  const said = announced(parsed, n);
  const covered = (p: number) => said.throughout || said.vague || said.positions.has(p);

  for (const p of content) {
    if (covered(p.position)) continue;
    if (p.position === 1 && p.kind === 'rewrite') error('the lead (para 1) was recast but the line does not say so');
    else error(`para ${p.position} is ${p.kind === 'added' ? 'new' : 'changed'} but not announced`);
  }
  const changedPositions = new Set(facts.changed.map((p) => p.position));
  const movedOnly = new Set(facts.moved);
  for (const q of [...said.positions].sort((a, b) => a - b)) {
    if (changedPositions.has(q)) continue;
    if (q > n) error(`para ${q} is announced, but the lead has only ${n} paragraphs`);
    else if (q === 1 && said.elements.has('lead')) error('the lead is announced as changed, but para 1 did not change');
    else error(`para ${q} is announced but did not change (${whereFrom(q, facts, movedOnly.has(q))})`);
  }
  const kinds = new Map(facts.changed.map((p) => [p.position, p.kind]));
  for (const clause of parsed.clauses) {
    if (clause.verb !== 'ADDS' || clause.where === null || clause.where.kind === 'throughout') continue;
    for (const q of positionsOf(clause.where, n)) {
      const kind = kinds.get(q);
      if (kind !== undefined && kind !== 'added') error(`para ${q} is announced as new (ADDS), but it is an old paragraph that changed: UPDATES`);
    }
  }
  if (said.throughout && !isThroughout(facts)) {
    const touched = [...new Set(content.map((p) => p.position))].sort((a, b) => a - b);
    const tailRun = touched.length > 1 && touched.every((p, i) => p === touched[0]! + i) && touched.at(-1) === n;
    if (tailRun && touched.length * 3 >= n * 2) error(`'throughout', but the changes run from para ${touched[0]} to the end: write from ${ordinal(touched[0]!)} para`);
    else error(`'throughout', but only ${touched.length} of ${n} paragraphs changed: give their positions`);
  }
  checkSources(parsed, facts, error, note);
  if (said.vague) note('a clause gives no position; desks give paragraphs, last N paras, from Nth para or throughout');
  for (const p of typos) if (!covered(p)) note(`para ${p} has a fixed typo that is not announced (fine for a light fix)`);

  const headlineSaid = said.elements.has('headline') && parsed.clauses.some((c) => c.elements.includes('headline') && (REWORD_FAMILY.has(c.verb) || c.verb === 'ADDS' || c.verb === 'UPDATES' || c.verb === 'CORRECTS'));
  if (facts.headline === 'typo' && !headlineSaid) note('the headline has a fixed typo that is not announced (fine for a light fix)');
  else if (facts.headline !== 'none' && !headlineSaid) error('the headline changed but is not announced');
  if (facts.headline === 'none' && said.elements.has('headline')) error('the headline is announced as changed, but it is the same');
  checkElement('byline', facts.byline !== 'none', said.elements.has('byline'), error);
  checkElement('photo', photoChanged, said.elements.has('photo'), error);
  checkElement('dateline', facts.dateline !== 'none', said.elements.has('dateline'), error);
  checkElement('slug', facts.slug !== 'none', said.elements.has('slug'), error);

  if (said.trims && facts.deleted.length + facts.replaced.length === 0) error('TRIMS is announced, but no paragraph was cut');
  if (!said.trims && facts.deleted.length > 0 && !said.throughout) {
    note(`${facts.deleted.length === 1 ? 'a paragraph was' : `${facts.deleted.length} paragraphs were`} cut (old para ${facts.deleted.join(', ')}); desks usually add TRIMS`);
  }
  if (said.restructures && facts.moved.length === 0 && !facts.changed.some((p) => p.moved)) error('RESTRUCTURES is announced, but no paragraph moved');
  if (!said.restructures && facts.moved.length > 0 && !said.throughout) note(`para ${facts.moved.join(', ')} moved without being announced`);
  return result(findings);
}

/**
 * The content phrase against the sources of the paragraphs it announces:
 * `ADDS prosecutors' comments` on paragraphs that quote the defense lawyer
 * is wrong; `lawyer's comments` or `defense lawyer's remarks` is right in
 * other words; a subject the attribution cannot read (`background`, `chip
 * sales`) cannot be checked, which is worth a note, never an error.
 */
function checkSources(parsed: ParsedAttn, facts: ChangeFacts, error: (message: string) => void, note: (message: string) => void): void {
  const byPosition = new Map(facts.changed.filter((p) => p.kind !== 'typo').map((p) => [p.position, p]));
  for (const clause of parsed.clauses) {
    if (clause.what === null || isGenericPhrase(clause.what) || namesSubject(clause.what) || clause.what === 'typo' || clause.verb === 'TRIMS' || clause.verb === 'RESTRUCTURES') continue;
    const positions = clause.where?.kind === 'throughout' ? [...byPosition.keys()] : positionsOf(clause.where, facts.paragraphCount);
    if (clause.elements.includes('lead')) positions.push(1);
    const paragraphs = [...new Set(positions)].sort((a, b) => a - b).flatMap((q) => (byPosition.has(q) ? [byPosition.get(q)!] : []));
    const sources = new Map<string, Attribution>();
    // One source may gather words as the story goes on (the ministry, then its vice minister): take them all.
    for (const p of paragraphs) {
      if (!p.source) continue;
      const known = sources.get(p.source.source.name);
      const words = new Set([...(known?.source.words ?? []), ...p.source.source.words]);
      sources.set(p.source.source.name, { speech: (known ?? p.source).speech, source: { ...p.source.source, words } });
    }
    if (sources.size === 0) continue;
    const answers = [...sources.values()].map((a) => phraseNamesSource(clause.what!, a.source));
    if (answers.includes('yes')) continue;
    const where = paragraphs.length === 1 ? `para ${paragraphs[0]!.position}` : `paras ${ranges(paragraphs.map((p) => p.position))}`;
    const real = [...sources.values()].map((a) => contentPhrase(a.source, a.speech)).join(', ');
    if (answers.includes('no')) error(`'${clause.what}', but ${where} ${paragraphs.length === 1 ? 'carries' : 'carry'} ${real}`);
    else note(`cannot check '${clause.what}' against ${where}, which ${paragraphs.length === 1 ? 'carries' : 'carry'} ${real}`);
  }
}

/** Where an unchanged paragraph of the new lead came from, for the editor. */
function whereFrom(position: number, facts: ChangeFacts, moved: boolean): string {
  const old = facts.oldPositions.get(position);
  if (old === undefined) return 'it was there before';
  if (moved) return `it only moved, from para ${old}`;
  if (old === position) return 'it was there before';
  return `it is old para ${old}, ${old < position ? 'pushed down' : 'moved up'} by the changes around it`;
}

function checkElement(name: string, changed: boolean, said: boolean, error: (message: string) => void): void {
  if (changed && !said) error(`the ${name} changed but is not announced`);
  if (!changed && said) error(`the ${name} is announced as changed, but it is the same`);
}

function result(findings: Finding[]): CheckResult {
  return {
    findings,
    agrees: !findings.some((f) => f.severity === 'error'),
    ok: findings.every((f) => f.severity === 'note'),
  };
}
