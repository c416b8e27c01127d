import { withoutDateline } from '../article/dateline.js';
import type { WordChange } from '../diff/words.js';

/**
 * What new facts are about when no one source speaks for them: what the
 * changed figures count (`death toll`, `casualty figures`), a new event in
 * the lead (`firefighter's death`). Where nothing specific can be said
 * honestly the writer keeps "more details": a wrong subject is worse than a
 * generic one.
 */

/** Spelled-out numbers, which copy uses for small counts: `two` -> `three` injured is a figure. */
export const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|hundreds)\b/gi;

/**
 * What a count is of, by the words around it. Order matters: a line that
 * counts both the dead and the injured is `casualty figures`.
 */
const COUNTED: readonly (readonly [string, RegExp])[] = [
  ['deaths', /\b(?:dead|died|deaths?|killed|killing|toll|fatalities|bodies|lives|perished)\b/i],
  ['casualties', /\b(?:injured|injuring|injuries|hurt|wounded|casualties|missing)\b/i],
  ['infections', /\b(?:infections?|infected|cases)\b/i],
  ['exports', /\bexports?\b/i],
  ['magnitude', /\bmagnitude\b/i],
  ['imports', /\bimports?\b/i],
];

const SUBJECTS: Readonly<Record<string, string>> = {
  deaths: 'death toll',
  casualties: 'casualty figures',
  infections: 'infection figures',
  exports: 'export figures',
  imports: 'import figures',
  magnitude: 'magnitude',
};

/** How far around a changed number its noun may sit: `12 people were killed`, `the death toll rose to 12`. */
const BEFORE = 40;
const AFTER = 40;

/** The subject of the numbers a word diff changed, or null when they count different things or nothing named. */
export function figureSubject(words: readonly WordChange[]): string | null {
  let text = '';
  const spans: [number, number][] = [];
  for (const word of words) {
    if (word.op === 'delete') continue;
    NUMBER_WORD.lastIndex = 0;
    if (word.op === 'add' && (/\d/.test(word.text) || NUMBER_WORD.test(word.text))) spans.push([text.length, text.length + word.text.length]);
    text += word.text;
  }
  const found = new Set<string>();
  for (const [start, end] of spans) {
    // The number's own sentence only: past a full stop or semicolon is another figure.
    // ... and only up to the next comma, "and" or number: `3 killed and 14 injured` counts two things.
    const before = text.slice(Math.max(0, start - BEFORE), start).replace(/^.*(?:[.;,]\s|\band\b|\d)/s, '');
    const after = text.slice(end, end + AFTER).replace(/(?:[.;,]|\band\b|\d).*$/s, '');
    const clause = `${before} ${after}`;
    const kinds = COUNTED.filter(([, pattern]) => pattern.test(clause)).map(([kind]) => kind);
    for (const kind of kinds) found.add(kind);
  }
  if (found.has('deaths') && found.has('casualties')) return 'casualty figures';
  if (found.size !== 1) return null;
  return SUBJECTS[[...found][0]!] ?? null;
}

/** A kind of event a lead can bring that a desk names as the news: `firefighter's death`, `suspect's arrest`. */
interface EventKind {
  /** Where the copy reports it; the sentence it is found in names who it happened to. */
  readonly pattern: RegExp;
  /** The phrase, given who it is about and whether the old lead already had such events. */
  readonly phrase: (who: string | null, before: boolean) => string | null;
}

const EVENT_KINDS: readonly EventKind[] = [
  { pattern: /\b(?:died|dies|was killed|were killed|found dead|death of)\b/i, phrase: (who) => (who ? `${who}'s death` : null) },
  // Whoever was arrested, the desk calls them the suspect.
  { pattern: /\b(?:was arrested|were arrested|arrested)\b/i, phrase: () => "suspect's arrest" },
  { pattern: /\b(?:resigned|resigns|to resign|stepped down|steps down|resignation)\b/i, phrase: (who) => (who ? `${who}'s resignation` : 'resignation') },
  {
    pattern: /\b(?:nominated|named|appointed|tapped|picked)\b[^.;]*?\bas\b|\b(?:was|were) (?:nominated|named|appointed|tapped|picked)\b/i,
    phrase: (who, before) => (before ? 'additional personnel picks' : who ? `${who}'s announcement of nominations` : 'nominations'),
  },
];

/**
 * A figure named as a bare noun, as the writer names them (SUBJECTS) or a
 * desk does (`figures`, `tally`, `vote count figures`): `UPDATES death toll`,
 * not `UPDATES with death toll`.
 */
export function isFigureNoun(phrase: string): boolean {
  return Object.values(SUBJECTS).includes(phrase) || /^(?:figures|tally|[\w-]+ figures)$/.test(phrase);
}

/** A content phrase that names an event or a figure rather than who spoke: `firefighter's death`, `death toll`. */
export function namesSubject(phrase: string): boolean {
  return isFigureNoun(phrase) || /\b(?:death|deaths|arrest|resignation|nominations?|picks|appointments?|toll|figures|magnitude|tally)\b/i.test(phrase);
}

export interface NewEvent {
  /** The content phrase: `firefighter's death`. */
  readonly phrase: string;
  /** The new-lead positions of the changed paragraphs that report it. */
  readonly positions: readonly number[];
  /** More of what the old lead already listed (additional picks): its count in the headline grows with it. */
  readonly more: boolean;
}

/**
 * Events the changed paragraphs report that the old lead did not (or, for
 * appointments, more of them than it had): each with the paragraphs that
 * carry it. `who` reads the subject of a sentence (attribution's job).
 */
export function newEvents(
  changed: readonly { readonly position: number; readonly text: string }[],
  oldText: string,
  who: (sentence: string) => string | null,
): NewEvent[] {
  const out: NewEvent[] = [];
  for (const kind of EVENT_KINDS) {
    const before = kind.pattern.test(oldText);
    const carrying = changed.filter((p) => kind.pattern.test(p.text));
    if (carrying.length === 0 || (before && kind !== EVENT_KINDS.at(-1))) continue;
    const sentence = sentenceWith(carrying[0]!.text, kind.pattern);
    const phrase = kind.phrase(who(sentence), before);
    if (phrase) out.push({ phrase, positions: carrying.map((p) => p.position), more: before });
  }
  return out;
}

/** The sentence of a paragraph in which a pattern matches. */
function sentenceWith(text: string, pattern: RegExp): string {
  const paragraph = withoutDateline(text);
  const match = pattern.exec(paragraph);
  if (!match) return paragraph;
  const ends = [...paragraph.slice(0, match.index).matchAll(/[.?!]["”]?\s+/g)];
  const last = ends.at(-1);
  return paragraph.slice(last ? last.index + last[0].length : 0, match.index + match[0].length);
}

/** Verbs of change that open a paragraph of data: `Energy imports shrank 14.2 percent`. */
const MOVED = /^(?:rose|fell|soared|shrank|jumped|dropped|declined|increased|decreased|grew|slipped|surged|plunged|climbed|edged|slumped|expanded|contracted|gained|lost|tumbled|rebounded|slid|dipped|doubled|halved|reached|hit|topped|came)$/i;

/**
 * The indicators that new paragraphs of data report, when each opens with
 * one: `Semiconductor exports soared 21.5 percent ...` and `Energy imports,
 * including crude oil, shrank ...` -> `semiconductor exports, energy
 * imports`. Null unless every paragraph opens that way.
 */
export function indicatorsOf(paragraphs: readonly string[]): string | null {
  if (paragraphs.length === 0 || paragraphs.length > 3) return null;
  const names: string[] = [];
  for (const paragraph of paragraphs) {
    const name = indicator(withoutDateline(paragraph).split(/\s+/));
    if (!name) return null;
    names.push(name);
  }
  return names.join(', ');
}

/** The one-to-three-word subject before a verb of change, past an aside set off by commas. */
function indicator(words: readonly string[]): string | null {
  for (let n = 1; n <= 3 && n < words.length; n++) {
    const subject = words.slice(0, n);
    if (subject.slice(0, -1).some((w) => /[,.]$/.test(w)) || /^(?:the|a|an|it|this|that|they|he|she)$/i.test(subject[0]!)) return null;
    let next = n;
    // `Energy imports, including crude oil, gas and coal, shrank`: skip to the last comma of the aside.
    if (subject.at(-1)!.endsWith(',')) {
      const close = words.slice(n, n + 12).findIndex((w, k) => w.endsWith(',') && MOVED.test((words[n + k + 1] ?? '').replace(/\W+$/, '')));
      if (close < 0) continue;
      next = n + close + 1;
    }
    if (MOVED.test(words[next] ?? '')) {
      const name = subject.map((w) => w.replace(/,$/, ''));
      return [/^[A-Z]{2,}$/.test(name[0]!) ? name[0]! : name[0]!.toLowerCase(), ...name.slice(1)].join(' ');
    }
  }
  return null;
}
