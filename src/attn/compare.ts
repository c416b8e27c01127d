import { positionsOf, type AttnElement } from './clause.js';
import { parseAttn } from './grammar.js';
import type { Verb } from './verbs.js';

/** What two ATTN lines say, reduced to what the evaluation compares. */
export interface LineReading {
  readonly verbs: ReadonlySet<Verb>;
  readonly elements: ReadonlySet<AttnElement>;
  readonly positions: ReadonlySet<number>;
  readonly throughout: boolean;
}

export function readLine(line: string | null, paragraphCount: number): LineReading {
  const verbs = new Set<Verb>();
  const elements = new Set<AttnElement>();
  const positions = new Set<number>();
  let throughout = false;
  for (const clause of line ? parseAttn(line).clauses : []) {
    verbs.add(clause.verb);
    for (const element of clause.elements) elements.add(element);
    if (clause.where?.kind === 'throughout') throughout = true;
    else for (const p of positionsOf(clause.where, paragraphCount)) positions.add(p);
  }
  return { verbs, elements, positions, throughout };
}

export interface Agreement {
  readonly verbs: boolean;
  readonly elements: boolean;
  readonly positions: boolean;
  readonly what: boolean;
}

const same = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => a.size === b.size && [...a].every((x) => b.has(x));

/**
 * Whether a published and a generated line agree on verbs, elements, positions
 * and content phrases; `whatAliases` are other wordings of the published line's
 * main phrase.
 */
export function compareLines(
  published: string | null,
  generated: string | null,
  paragraphCount: number,
  whatAliases: readonly string[] = [],
): Agreement {
  const a = readLine(published, paragraphCount);
  const b = readLine(generated, paragraphCount);
  return {
    verbs: same(a.verbs, b.verbs),
    elements: same(a.elements, b.elements),
    positions: a.throughout === b.throughout && same(a.positions, b.positions),
    what: whatAgrees(published, generated, whatAliases),
  };
}

/**
 * The content phrase, judged apart from the writer: this reading must not
 * share the attribution rules it scores (src/attn/speaker.ts and its
 * successors), or a wrong source would be scored right by construction. It
 * keeps only the head words of each phrase, so "Seoul foreign ministry's
 * comments" and "ministry's remarks" agree while "prosecutors' comments" and
 * "lawyer's comments" do not.
 */
export type PhraseReading =
  /** Says only that there is more: "more details", "info", a bare "comments". */
  | { readonly kind: 'generic' }
  /** The writer's bare fact kinds: "figures", "typo". */
  | { readonly kind: 'fact'; readonly fact: FactKind }
  /** Names a source or a subject: its head noun and the words before it. */
  | { readonly kind: 'subject'; readonly head: string; readonly modifiers: readonly string[] };

export type FactKind = 'figures' | 'typo';

/**
 * Kinds of speech. A desk picks the word to suit the source (wire-style.md:
 * explanation 8, remarks 3, announcement 3, comments, statement, analysis,
 * report, reactions once each), so the word says nothing the source does not:
 * "JCS explanation" and "JCS' remarks" name the same thing. Singular forms.
 */
const KINDS_OF_SPEECH = new Set([
  'comment', 'remark', 'explanation', 'announcement', 'statement', 'briefing', 'analysis', 'analyses', 'report',
  'reaction', 'quote', 'account', 'word', 'view', 'response', 'testimony', 'interview', 'speech',
]);

/**
 * Words that say only that there is something more or newer, which the verb
 * already says. They are dropped word by word, never a phrase at a time: in
 * "additional personnel picks" the picks are the subject and stay, while
 * "additional details" leaves nothing and is generic. "new" also drops out of
 * a name ("New York"), but it does so on both sides alike.
 */
const GENERIC_WORDS = new Set([
  'detail', 'info', 'information', 'content', 'more', 'new', 'additional', 'further', 'extra', 'other', 'latest',
  'fresh', 'updated', 'revised',
]);

/** Articles and determiners, which never tell two phrases apart. */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);

/**
 * "X from Y", "X by Y", "X of Y", "X on Y", "X about Y": when X is only a kind
 * of speech or generic ("reactions from Jeju residents", "contents of suicide
 * note"), Y is what the phrase names; otherwise X is ("death of firefighter").
 */
const SOURCE_PREPOSITIONS = new Set(['from', 'by', 'of', 'on', 'about']);

/** Any other preposition ends the phrase: "ministry's report to lawmakers" names the ministry. */
const OTHER_PREPOSITIONS = new Set([
  'in', 'to', 'at', 'for', 'with', 'into', 'after', 'amid', 'against', 'among', 'between', 'during', 'under', 'over',
  'since', 'before', 'through', 'toward', 'towards', 'near', 'within', 'without', 'via',
]);

/** The writer's fact kinds, as desks write them bare. */
const FACT_WORDS: Record<string, FactKind> = {
  figure: 'figures',
  number: 'figures',
  tally: 'figures',
  typo: 'typo',
  spelling: 'typo',
};

/** Words whose final s is not a plural. */
const NOT_PLURAL = new Set(['news', 'series', 'species', 'means', 'headquarters']);

/**
 * A simple plural folding, the same on both sides: ministries -> ministry,
 * witnesses -> witness, residents -> resident; words of three letters or less
 * (JCS, NIS, US) and endings in -ss, -us, -is (census, analysis) stay.
 */
export function singular(word: string): string {
  if (word.length <= 3 || NOT_PLURAL.has(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/(?:ss|us|is)$/.test(word)) return word;
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** Lower-case words without possessives or punctuation: "JCS'" -> "jcs", "S." -> "s". */
function wordsOf(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/\s+/)
    .map((word) =>
      word
        .replace(/'s$/, '')
        .replace(/[^\p{L}\p{N}-]/gu, '')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((word) => word !== '' && !DETERMINERS.has(word));
}

const inTable = (table: ReadonlySet<string>, word: string) => table.has(word) || table.has(singular(word));

function readWords(words: readonly string[]): PhraseReading {
  const split = words.findIndex((word) => SOURCE_PREPOSITIONS.has(word) || OTHER_PREPOSITIONS.has(word));
  const before = split === -1 ? words : words.slice(0, split);
  const core = before.filter((word) => !inTable(KINDS_OF_SPEECH, word) && !inTable(GENERIC_WORDS, word)).map(singular);
  if (core.length === 0) {
    return split !== -1 && SOURCE_PREPOSITIONS.has(words[split]!) ? readWords(words.slice(split + 1)) : { kind: 'generic' };
  }
  const fact = core.length === 1 ? FACT_WORDS[core[0]!] : undefined;
  if (fact) return { kind: 'fact', fact };
  return { kind: 'subject', head: core[core.length - 1]!, modifiers: core.slice(0, -1) };
}

/** What one content phrase names, reduced to its head words. */
export function readPhrase(phrase: string): PhraseReading {
  return readWords(wordsOf(phrase));
}

/**
 * Two readings agree when both are generic, the same bare fact kind, or name
 * the same head noun. Words before the head narrow it: one side may leave them
 * out ("ministry" for "Seoul foreign ministry"), but when both narrow it they
 * must share a word ("defense ministry" is not "foreign ministry"). A bare
 * "figures" does not agree with "casualty figures": that says what they count.
 */
function readingsAgree(a: PhraseReading, b: PhraseReading): boolean {
  switch (a.kind) {
    case 'generic':
      return b.kind === 'generic';
    case 'fact':
      return b.kind === 'fact' && a.fact === b.fact;
    case 'subject':
      return (
        b.kind === 'subject' &&
        a.head === b.head &&
        (a.modifiers.length === 0 || b.modifiers.length === 0 || a.modifiers.some((word) => b.modifiers.includes(word)))
      );
  }
}

export function phrasesAgree(a: string, b: string): boolean {
  return readingsAgree(readPhrase(a), readPhrase(b));
}

/** The content phrases of a line, clause by clause, one per listed item ("chip sales, energy imports"). */
export function phrasesOf(line: string | null): string[] {
  const phrases: string[] = [];
  for (const clause of line ? parseAttn(line).clauses : []) {
    for (const item of clause.what?.split(',') ?? []) if (item.trim() !== '') phrases.push(item.trim());
  }
  return phrases;
}

/** The main phrase, which `what_aliases` stand for: the first subject named, else the first generic, else the first fact. */
function mainIndex(readings: readonly PhraseReading[]): number {
  for (const kind of ['subject', 'generic', 'fact'] as const) {
    const index = readings.findIndex((reading) => reading.kind === kind);
    if (index !== -1) return index;
  }
  return -1;
}

/**
 * Whether two lines name the same things, line against line (clause order is
 * free): every named phrase on one side agrees with one on the other; generic
 * phrases need no partner, as a bare "UPDATES throughout" says no less than
 * "more details". `aliases` are other wordings of the published line's main
 * phrase; a generated phrase that agrees with one of them agrees with it.
 */
export function whatAgrees(published: string | null, generated: string | null, aliases: readonly string[] = []): boolean {
  // An alias that lists items ("semiconductor exports, energy imports") is another wording of the whole list.
  const lists = aliases.filter((alias) => alias.includes(','));
  if (lists.some((list) => whatAgrees(`(ATTN: ADDS ${list})`, generated))) return true;
  aliases = aliases.filter((alias) => !alias.includes(','));
  const ours = phrasesOf(published).map(readPhrase);
  const wanted: PhraseReading[][] = ours.map((reading) => [reading]);
  if (aliases.length > 0) {
    const main = mainIndex(ours);
    const alternatives = aliases.map(readPhrase);
    if (main === -1) wanted.push([{ kind: 'generic' }, ...alternatives]);
    else wanted[main]!.push(...alternatives);
  }
  const named = phrasesOf(generated)
    .map(readPhrase)
    .filter((reading) => reading.kind !== 'generic');
  const meets = (reading: PhraseReading, alternatives: readonly PhraseReading[]) =>
    alternatives.some((alternative) => readingsAgree(reading, alternative));
  const everyNamedIsWanted = named.every((reading) => wanted.some((alternatives) => meets(reading, alternatives)));
  const everyWantedIsNamed = wanted.every(
    (alternatives) => alternatives.some((alternative) => alternative.kind === 'generic') || named.some((reading) => meets(reading, alternatives)),
  );
  return everyNamedIsWanted && everyWantedIsNamed;
}
