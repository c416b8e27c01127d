import { withoutDateline } from '../article/dateline.js';
import {
  ASIDES, BETWEEN, COMMON_QUALIFIERS, FUNCTION_WORDS, GROUPS, INSTITUTIONS, OFFICES, ON_THE_SCENE, SOURCE_FAMILIES,
  SPEECH_PHRASES, SPEECH_VERBS, SPOKESPEOPLE, type SpeechKind,
} from './sources-lexicon.js';

/**
 * Who a paragraph quotes, in the name a desk puts in an ATTN line. A small
 * attribution grammar over the lexicon in `sources-lexicon.ts`: find a verb
 * or phrase of speech, read the speaker beside it (before: `the JCS said`;
 * after: `said Choi, a resident`; `according to X`), resolve it to the
 * source a desk names (the institution over its spokesperson, the office
 * over the person, the acronym the story defines, a president by surname),
 * and carry sources over from paragraph to paragraph (`it said`, `he
 * added`, a surname used again, a quote running on). Cheap on purpose: a
 * general NLP library costs more to load than the whole command may take.
 */

export type { SpeechKind } from './sources-lexicon.js';

export type SourceKind =
  /** An institution, or someone speaking for it: the ministry, the JCS, police. */
  | 'institution'
  /** Someone named by office or by name: the governor, Lee. */
  | 'person'
  /** A group of people: residents, officials, prosecutors. */
  | 'group';

export interface Source {
  /** The name a desk uses: `JCS`, `Seoul's foreign ministry`, `governor`, `Lee`, `residents`. */
  readonly name: string;
  readonly kind: SourceKind;
  /** Every word the copy used for it, lower-case, acronyms and their long forms included: for matching. */
  readonly words: ReadonlySet<string>;
}

export interface Attribution {
  readonly source: Source;
  readonly speech: SpeechKind;
}

/** How far from a verb of speech its speaker and the clause around it may reach, in characters. */
const NEAR = 240;

const VERB_PATTERN = new RegExp(`\\b(?:${Object.keys(SPEECH_VERBS).join('|')})\\b|\\baccording to\\b`, 'gi');

/** Each paragraph's attribution, read in story order so that later paragraphs can refer back. */
export function attributeParagraphs(paragraphs: readonly string[]): (Attribution | null)[] {
  const story = new Story(definedAcronyms(paragraphs));
  const out: (Attribution | null)[] = [];
  for (const paragraph of paragraphs) {
    const text = withoutDateline(paragraph);
    let attribution = readAttribution(text, story);
    // A paragraph that is only a quote runs on from the speaker before it.
    if (!attribution && /^["“]/.test(text.trim()) && !VERB_PATTERN.test(text)) attribution = out.at(-1) ?? null;
    VERB_PATTERN.lastIndex = 0;
    if (attribution) story.mention(attribution.source);
    out.push(attribution);
  }
  return out;
}

/** `JCS explanation`, `Seoul foreign ministry's comments`, `residents' reactions`. */
export function contentPhrase(source: Source, speech: SpeechKind): string {
  if (isAcronym(source.name)) return `${source.name} ${speech}`;
  return `${possessive(source.name)} ${speech}`;
}

/** `Seoul's foreign ministry` -> `Seoul foreign ministry's`: the possessive a content phrase needs. */
export function possessive(name: string): string {
  const flat = name.replace(/['’]s\b/g, '');
  return /s$/.test(flat) ? `${flat}'` : `${flat}'s`;
}

/**
 * Whether an ATTN content phrase names this source: `yes` (in any of the
 * words the copy used, or a word of the same family: the military for the
 * JCS), `no` (it names some other speaker), or `not a source` (a subject
 * such as `background` or `chip sales`, or only generic words).
 */
export function phraseNamesSource(phrase: string, source: Source): 'yes' | 'no' | 'not a source' {
  const words = phraseWords(phrase);
  if (words.length === 0) return 'not a source';
  const known = new Set([...expandFamilies(source.words)].map(singular));
  if (words.some((word) => known.has(singular(word)))) return 'yes';
  const speaks = /['’]s?\b/.test(phrase) || /\b(?:comments|remarks|explanation|announcement|statement|reactions?|briefing|quotes?)\b/i.test(phrase);
  const speakerWord = words.some((word) => isSpeakerWord(word) || isAcronym(word.toUpperCase()) && phrase.includes(word.toUpperCase()));
  return speaks || speakerWord ? 'no' : 'not a source';
}

const KINDS_OF_SPEECH = /^(?:comments?|remarks?|explanations?|announcements?|statements?|reactions?|briefings?|quotes?|analysis|report|reports|words|views|accounts?|details|detail|info|information|more|new|further|latest|additional)$/;

/** Whether a content phrase says anything beyond generic words (`more details` does not). */
export function isGenericPhrase(phrase: string): boolean {
  return phraseWords(phrase).length === 0;
}

/** `unions` and `union`, `prosecutors` and `prosecutor` are one word for matching. */
function singular(word: string): string {
  return word.length > 3 ? word.replace(/(?<!s)s$/, '') : word;
}

/** The content words of a phrase: no possessives, kinds of speech, generic words or function words. */
function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/['’]s?(?=\s|$)/g, '')
    .split(/[\s,]+/)
    .filter((word) => word !== '' && !KINDS_OF_SPEECH.test(word) && !FUNCTION_WORDS.has(word));
}

function expandFamilies(words: ReadonlySet<string>): Set<string> {
  const out = new Set(words);
  for (const family of SOURCE_FAMILIES) if ([...words].some((w) => family.has(w))) for (const w of family) out.add(w);
  return out;
}

function isSpeakerWord(word: string): boolean {
  const singular = word.replace(/s$/, '');
  return SPOKESPEOPLE.has(singular) || OFFICES.has(singular) || OFFICES.has(word) || INSTITUTIONS.has(word) || GROUPS.has(word);
}

/**
 * Who a sentence is about, by its opening subject, as a desk names them:
 * `A firefighter was killed` -> `firefighter`; `First Vice Land Minister
 * Bae Hyun-sik offered to resign` -> `first vice land minister`;
 * `President Han Seong-ho nominated` -> `Han`. Null when the subject is no
 * person, office or body.
 */
export function subjectName(sentence: string): string | null {
  const subject = sentenceSubject(withoutDateline(sentence));
  if (!subject) return null;
  return new Story(new Map()).read(subject.phrase, null, false)?.name ?? null;
}

// --- reading one paragraph ---------------------------------------------------

/** The first verb of speech in the text whose speaker can be read and resolved. */
function readAttribution(text: string, story: Story): Attribution | null {
  VERB_PATTERN.lastIndex = 0;
  for (let match = VERB_PATTERN.exec(text); match; match = VERB_PATTERN.exec(text)) {
    const verb = match[0].toLowerCase();
    // A speaker sits within a few words of its verb: no need to look further back or on.
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + NEAR);
    const before = text.slice(Math.max(0, match.index - NEAR), match.index);
    const speaker =
      verb === 'according to'
        ? rightSpeaker(after)
        : leftSpeaker(before, verb) ?? (/(?:^|[,"”]\s*)$/.test(before) ? rightSpeaker(after) : null);
    if (!speaker) continue;
    const source = story.resolve(speaker);
    if (!source) continue;
    VERB_PATTERN.lastIndex = 0;
    return { source, speech: speechKind(verb, text, source) };
  }
  VERB_PATTERN.lastIndex = 0;
  return null;
}

function speechKind(verb: string, text: string, source: Source): SpeechKind {
  if (source.kind === 'group' && ON_THE_SCENE.has(groupWord(source))) return 'reactions';
  for (const [pattern, kind] of SPEECH_PHRASES) if (pattern.test(text)) return kind;
  return SPEECH_VERBS[verb] ?? 'comments';
}

/** A speaker as read from the copy: the phrase, and a name set beside it by commas. */
interface SpeakerPhrase {
  readonly phrase: string;
  /** `Lee's lawyer, Park Jae-hoon, said` / `Kim, a professor, said`: the person's own name. */
  readonly personName: string | null;
}

/** The speaker just before a verb: `..., the city fire department said`, `"...," Minister Han told`. */
function leftSpeaker(before: string, verb: string): SpeakerPhrase | null {
  // An acronym defined in passing is part of the name before it: the Joint Chiefs of Staff (JCS) said.
  let left = before.replace(/\s*\([A-Z]{2,6}\)/g, '').trimEnd();
  for (let previous = ''; previous !== left; ) {
    previous = left;
    left = left.replace(BETWEEN, '').trimEnd();
  }
  // Only the clause the verb belongs to: after a closing quote, a sentence end, a colon.
  const cut = Math.max(
    left.lastIndexOf('"'),
    left.lastIndexOf('”'),
    left.lastIndexOf('“'),
    left.lastIndexOf(': '),
    left.lastIndexOf('; '),
    left.lastIndexOf('('),
    lastSentenceEnd(left),
  );
  const clause = left.slice(cut + 1);
  // `The State Department welcomed the talks, saying ...`: a participle speaks for the sentence's subject.
  if (/ing$/.test(verb) && /,\s*$/.test(before)) return sentenceSubject(clause);
  const segments = clause.split(',').map((s) => s.trim()).filter((s) => s !== '');
  // `..., which Min said would have saved ...`: the speaker inside a relative clause.
  const relative = /^(?:which|who|that|as)\s+(.+)$/i.exec(segments.at(-1) ?? '');
  const inside = relative?.[1]!.split(/\s+/) ?? [];
  if (relative && inside.length <= 4 && inside.every(isNameLike)) return { phrase: relative[1]!, personName: null };
  while (segments.length > 1 && ASIDES.test(segments.at(-1)!)) segments.pop();
  const last = segments.at(-1);
  if (!last || ASIDES.test(last)) return null;
  const previous = segments.at(-2);
  // Lee's lawyer, Park Jae-hoon, told reporters
  if (previous && isPersonName(last) && hasSpeakerWord(previous)) return { phrase: tail(previous), personName: last };
  // Kim Soo-min, a professor of economics, said
  if (previous && /^(?:a|an|the)\s/i.test(last) && isPersonName(previous) && hasSpeakerWord(last)) return { phrase: tail(last), personName: previous };
  // `Governor Min called the decision "unacceptable" and vowed ...`: the verb shares the sentence's subject.
  if (/\band$/i.test(last)) return sentenceSubject(clause);
  const phrase = tail(last);
  return isSpeakerPhrase(phrase) ? { phrase, personName: null } : null;
}

/** A few words that end in a name, an office, an institution or a pronoun: not a stretch of the sentence. */
function isSpeakerPhrase(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 7) return false;
  const last = words.at(-1)!;
  return /^(?:it|he|she|they|we|statement|report|notice|letter)$/i.test(last) || isNameLike(last) && !/^(?:and|or|of)$/i.test(last);
}

/**
 * The subject that opens a sentence, when it names a speaker: `North
 * Gyeongsang Province Governor Kwon Tae-sik visited ... and vowed`,
 * `Dozens of residents ... spent the day there, saying ...`. Openings such
 * as `On Monday,` or `Hours after the findings were released,` are passed over.
 */
function sentenceSubject(clause: string): SpeakerPhrase | null {
  for (const segment of clause.split(',')) {
    const words = segment.trim().split(/\s+/);
    if (words.length === 0 || ASIDES.test(segment.trim()) || !isCapitalized(words[0]!)) continue;
    let end = 0;
    while (end < words.length && (isNameLike(words[end]!) || (/^(?:the|a|an)$/i.test(words[end]!) && (end === 0 || words[end - 1] === 'of')))) end++;
    const run = words.slice(0, end);
    while (run.length > 0 && /^(?:of|the|a|an)$/i.test(run.at(-1)!)) run.pop();
    if (run.length > 0 && /^(?:the|a|an)$/i.test(run[0]!)) run.shift();
    const phrase = run.join(' ');
    if (phrase !== '' && (hasSpeakerWord(phrase) || run.some(isAcronym) || (isPersonName(phrase) && run.length >= 2))) return { phrase, personName: null };
  }
  return null;
}

/** The speaker just after a verb or `according to`: `said Choi Young-hee, a resident`. */
function rightSpeaker(after: string): SpeakerPhrase | null {
  const match = /^\s+([^,.;:"“”()]+?)(?:\s*(?:,\s*([^,.;:"“”()]+))?)?(?=[,.;:"“”()]|$)/.exec(after);
  if (!match) return null;
  let phrase = match[1]!.trim().replace(/^(?:data|figures|statistics|a report|a statement|reports?) (?:from|by|of)\s+/i, '');
  phrase = phrase.replace(/\s+(?:on|in|at|during|after|before|when|while)\s.*$/i, '');
  const apposition = match[2]?.trim();
  if (apposition && /^(?:a|an|the)\s/i.test(apposition) && isPersonName(phrase) && hasSpeakerWord(apposition)) {
    return { phrase: tail(apposition), personName: phrase };
  }
  return { phrase: tail(phrase), personName: null };
}

const ABBREVIATIONS = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Maj|Capt|Adm|Rep|Sen|Gov|Prof|St|Jr|Sr|No|U\.S|U\.N|S|N|Co|Corp|Inc|Ltd|Vol|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.$/;

/** The index of the full stop that ends the last whole sentence, or -1. */
function lastSentenceEnd(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const char = text[i];
    if ((char === '.' || char === '?' || char === '!') && /\s/.test(text[i + 1] ?? '')) {
      if (char === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 5), i + 1))) continue;
      return i;
    }
  }
  return -1;
}

/**
 * The name inside a clause's last words: after the last article (`... the
 * city government` -> `city government`), or else the run of name-like
 * words that ends the clause (`ministry spokesperson Lim Soo-suk`).
 */
function tail(segment: string): string {
  // `A major hospital in the city of Daejeon`: a place after the speaker is not the speaker.
  const located = /^(.*\S)\s+(?:in|near|outside|across)\s+\S.*$/i.exec(segment.trim());
  if (located && isSpeakerWord(located[1]!.split(/\s+/).at(-1)!.toLowerCase().replace(/['’]s?$/, ''))) return tail(located[1]!);
  const words = segment.trim().split(/\s+/);
  if (/^(?:it|he|she|they|we)$/i.test(words.at(-1) ?? '')) return words.at(-1)!;
  const article = words.findLastIndex((word) => /^(?:the|a|an)$/i.test(word));
  if (article >= 0) return words.slice(article + 1).join(' ');
  let start = words.length;
  while (start > 0 && isNameLike(words[start - 1]!)) start--;
  return words.slice(start).join(' ');
}

function isNameLike(word: string): boolean {
  const bare = word.replace(/['’]s?$/, '').replace(/[.,]$/, '');
  if (bare === '') return false;
  if (isCapitalized(bare)) return true;
  const lower = bare.toLowerCase();
  return isSpeakerWord(lower) || COMMON_QUALIFIERS.has(lower) || /^[a-z]+-[a-z]+$/.test(bare) || lower === 'of';
}

function hasSpeakerWord(phrase: string): boolean {
  return phrase.toLowerCase().split(/[\s']+/).some((word) => isSpeakerWord(word.replace(/['’]s?$/, '')));
}

/** `Park Jae-hoon`, `Choi Young-hee`, `Son Heung-min`: capitalised words and no speaker word. */
function isPersonName(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  return words.length >= 1 && words.length <= 4 && words.every((w) => isCapitalized(w)) && !hasSpeakerWord(phrase) && !words.some((w) => isAcronym(w));
}

function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

function isAcronym(word: string): boolean {
  return /^[A-Z]{2,6}$/.test(word);
}

// --- resolving a speaker to a source ----------------------------------------

/**
 * `the Joint Chiefs of Staff (JCS)`: an acronym the story defines, when the
 * initials of the capitalised words before it spell it.
 */
function definedAcronyms(paragraphs: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = /((?:[A-Z][\w.'’-]*\s+(?:(?:of|for|and|on|the)\s+)*){1,8})\(([A-Z]{2,6})\)/g;
  for (const paragraph of paragraphs) {
    for (const match of paragraph.matchAll(pattern)) {
      const words = match[1]!.trim().split(/\s+/);
      const acronym = match[2]!;
      // The long form is the shortest tail of the words whose initials spell the acronym.
      for (let start = words.length - 1; start >= 0; start--) {
        const long = words.slice(start);
        const initials = long.filter((w) => !/^(?:of|for|and|on|the)$/.test(w)).map((w) => w.charAt(0)).join('');
        // The Bank of Korea (BOK) counts its "of"; the Joint Chiefs of Staff (JCS) does not.
        const allInitials = long.map((w) => w.charAt(0)).join('').toUpperCase();
        if ((initials === acronym || allInitials === acronym) && !/^(?:the|of|for|and|on)$/i.test(long[0]!)) {
          found.set(acronym, long.join(' '));
          break;
        }
        if (initials.length > acronym.length) break;
      }
    }
  }
  return found;
}

/** The sources a story has named so far, for carry-over and for one name per source. */
class Story {
  private readonly sources: Source[] = [];
  private last: Source | null = null;

  constructor(private readonly acronyms: ReadonlyMap<string, string>) {
    // A body the story defines by acronym is known before it speaks: `the central bank` is then the BOK.
    for (const [acronym, long] of acronyms) this.sources.push(institution(acronym, [acronym.toLowerCase(), ...long.toLowerCase().split(/\s+/)]));
  }

  mention(source: Source): void {
    this.last = source;
    const index = this.sources.indexOf(source);
    if (index >= 0) this.sources.splice(index, 1);
    this.sources.push(source);
  }

  /** The source a speaker phrase names, reusing one the story already has; null when it names none. */
  resolve(speaker: SpeakerPhrase): Source | null {
    const phrase = speaker.phrase.replace(/[.,]+$/, '').trim();
    const lower = phrase.toLowerCase();
    if (/^(?:it|the statement|statement|the report|report|the notice|the letter|the agency|the ministry)$/.test(lower)) {
      return this.latest((s) => s.kind === 'institution');
    }
    if (/^(?:he|she)$/.test(lower)) return this.latest((s) => s.kind === 'person' || s.kind === 'institution');
    if (lower === 'they') return this.latest((s) => s.kind === 'group' || s.kind === 'institution');
    if (/^(?:we|i|you|this|that|which|who|there|one|some|many|others|all)$/.test(lower) || phrase === '') return null;
    const fresh = this.read(phrase, speaker.personName);
    if (!fresh) return null;
    if (this.sources.includes(fresh)) return fresh;
    return this.same(fresh) ?? fresh;
  }

  private latest(pick: (source: Source) => boolean): Source | null {
    return this.last && pick(this.last) ? this.last : (this.sources.findLast(pick) ?? null);
  }

  /** A source already named that this one is another mention of: a shared name word, or the same head. */
  private same(fresh: Source): Source | null {
    const found = this.sources.findLast((known) => {
      // The hospital director speaks for the hospital the story has already quoted.
      if (fresh.kind === 'person' && known.kind === 'institution' && fresh.words.has(headOf(known.name))) return true;
      // The (vice) interior minister speaks for the interior ministry: the same portfolio word.
      if (fresh.kind === 'person' && known.kind === 'institution' && fresh.words.has('minister') && headOf(known.name) === 'ministry') {
        const portfolio = [...known.words].filter((w) => w !== 'ministry' && COMMON_QUALIFIERS.has(w));
        if (portfolio.length > 0 && portfolio.every((w) => fresh.words.has(w))) return true;
      }
      // prosecutors, the prosecution, the Seoul Central District Prosecutors' Office: one source.
      if (fresh.kind !== 'person' && known.kind !== 'person' && SOURCE_FAMILIES.some((f) => [...f].some((w) => fresh.words.has(w)) && [...f].some((w) => known.words.has(w)) && !f.has('military'))) return true;
      if (known.kind !== fresh.kind && !(fresh.kind === 'person' && known.kind !== 'group')) return false;
      if (known.name === fresh.name) return true;
      // `the central bank` after `the Bank of Korea (BOK)`: the head names a word the story already used for it.
      if (fresh.kind === 'institution') return headOf(fresh.name) === headOf(known.name) || known.words.has(headOf(fresh.name));
      // A person: a surname or given name used again (a shared place or office word is no match).
      return [...fresh.words].some((word) => isCapitalizedWordOf(known, word) && !isSpeakerWord(word) && !COMMON_QUALIFIERS.has(word) && known.kind !== 'group' && nameWords(known).has(word));
    });
    if (!found) return null;
    const merged = new Set([...found.words, ...fresh.words]);
    const replaced: Source = { ...found, words: merged };
    const index = this.sources.indexOf(found);
    this.sources[index] = replaced;
    if (this.last === found) this.last = replaced;
    return replaced;
  }

  /** Reads a speaker phrase into a source with its desk name. */
  read(phrase: string, personName: string | null, members = true): Source | null {
    const words = phrase.split(/\s+/);
    const lowered = words.map((w) => w.toLowerCase().replace(/['’]s?$/, ''));
    const allWords = new Set([...lowered, ...(personName ? personName.toLowerCase().split(/\s+/) : [])].filter((w) => !FUNCTION_WORDS.has(w)));

    // An acronym the story defined, or its long form: the JCS.
    for (const [acronym, long] of this.acronyms) {
      if (words.includes(acronym) || phrase.includes(long)) {
        return institution(acronym, [...allWords, acronym.toLowerCase(), ...long.toLowerCase().split(/\s+/)]);
      }
    }
    if (words.length === 1 && isAcronym(words[0]!)) return institution(words[0]!, allWords);
    // One resident, one prosecutor: a member of a group speaks as the group.
    const member = members ? lowered.findIndex((w) => OFFICES.has(w) && GROUPS.has(`${w}s`)) : -1;
    if (member >= 0 && !lowered.some((w, i) => i !== member && (INSTITUTIONS.has(w) || (OFFICES.has(w) && !GROUPS.has(`${w}s`))))) {
      return group(`${lowered[member]}s`, allWords);
    }
    const office = lowered.findIndex((w) => OFFICES.has(w) && !SPOKESPEOPLE.has(w));
    const spokesperson = lowered.findIndex((w) => SPOKESPEOPLE.has(w));
    const institutionHead = lowered.findLastIndex((w) => INSTITUTIONS.has(w));
    const groupIndex = lowered.findLastIndex((w) => GROUPS.has(w));

    // Someone speaking for an institution speaks as the institution: a JCS officer, a ministry spokesperson.
    if (spokesperson >= 0 && office < 0) {
      const owner = words.slice(0, spokesperson).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
      if (owner.length > 0 && owner.some((w) => INSTITUTIONS.has(w.toLowerCase()) || isAcronym(w) || isCapitalized(w) && !isPersonName(w))) {
        return institution(deskCase(owner), allWords);
      }
    }
    if (office >= 0 && (groupIndex < 0 || groupIndex <= office || !GROUPS.has(lowered[lowered.length - 1]!))) {
      return person(officeName(words, lowered, office, personName), allWords);
    }
    if (groupIndex >= 0 && groupIndex === lowered.length - 1) {
      if (INSTITUTIONS.has(lowered[groupIndex]!) && groupIndex > 0 && !GROUPS.has(lowered[groupIndex]!)) return institution(deskCase(words), allWords);
      return group(deskCase(words.slice(qualifierStart(words, groupIndex), groupIndex + 1)), allWords);
    }
    if (institutionHead >= 0) {
      // "of Korea" and the like may follow the head: Bank of Korea.
      return institution(deskCase(words), allWords);
    }
    if (groupIndex >= 0) return group(deskCase(words.slice(groupIndex, groupIndex + 1)), allWords);
    if (spokesperson >= 0) return group('officials', allWords);
    if (isPersonName(phrase)) {
      const known = this.sources.findLast((s) => words.some((w) => isCapitalizedWordOf(s, w.toLowerCase())));
      if (known) return known;
      if (words.length >= 2 && !isKoreanName(words)) return institution(phrase, allWords);
      return person(surname(words), allWords);
    }
    return null;
  }
}

/** The words of a source that are a person's own names, not offices, bodies or places before an office. */
function nameWords(source: Source): Set<string> {
  return new Set([...source.words].filter((w) => !isSpeakerWord(w) && !COMMON_QUALIFIERS.has(w) && !/^(?:province|city|county|south|north|east|west)$/.test(w)));
}

function isCapitalizedWordOf(source: Source, word: string): boolean {
  return source.words.has(word) && word.length > 1 && !FUNCTION_WORDS.has(word);
}

function institution(name: string, words: Iterable<string>): Source {
  return { name, kind: 'institution', words: new Set(words) };
}

function person(name: string, words: Iterable<string>): Source {
  return { name, kind: 'person', words: new Set(words) };
}

function group(name: string, words: Iterable<string>): Source {
  // A resident speaks as one of the residents: one source for the singular and the plural.
  const plural = name.replace(/(?<!s)$/, GROUPS.has(`${name.split(' ').at(-1)}s`) ? 's' : '');
  return { name: plural, kind: 'group', words: new Set([...words, plural.split(' ').at(-1)!]) };
}

function groupWord(source: Source): string {
  return source.name.split(' ').at(-1)!.toLowerCase();
}

function headOf(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  return words.findLast((w) => INSTITUTIONS.has(w.replace(/['’]s?$/, ''))) ?? words.at(-1)!;
}

/**
 * The office as a desk names it: `governor`, `finance minister`, `vice
 * interior minister`, `head coach`; a president by surname (`Lee`,
 * `Biden`). One qualifier stays (two for vice/deputy titles); a longer run
 * before the office is a place or a body (`South Gyeongsang Province
 * Governor`) and goes.
 */
function officeName(words: readonly string[], lowered: readonly string[], first: number, personName: string | null): string {
  // `head coach`, `police chief`: the office is the last of a run of office words.
  let office = first;
  while (office + 1 < lowered.length && OFFICES.has(lowered[office + 1]!)) office++;
  const title = lowered[office]!;
  const after = words.slice(office + 1).filter((w) => isCapitalized(w) && !/\.$/.test(w));
  const name = personName ? personName.split(/\s+/) : after;
  if ((title === 'president' || title === 'premier') && name.length > 0) return surname(name);
  // `South Korea's head coach`: the owner before a possessive is not part of the office.
  const owner = words.slice(0, office).findLastIndex((w) => /['’]s?$/.test(w));
  const before = words.slice(owner + 1, office).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  const leading = before.filter((w) => /^(?:vice|deputy|prime|first|senior|assistant|acting|head|chief|former)$/i.test(w));
  const rest = before.filter((w) => !leading.includes(w));
  const kept = rest.length <= 1 ? [...leading, ...rest] : leading;
  return deskCase([...kept, words[office]!]);
}

/** Qualifiers directly before a group word that a desk keeps: `Jeju residents`, not `local residents`. */
function qualifierStart(words: readonly string[], index: number): number {
  let start = index;
  while (start > 0 && isCapitalized(words[start - 1]!) && !COMMON_QUALIFIERS.has(words[start - 1]!.toLowerCase())) start--;
  if (start === index && index > 0 && COMMON_QUALIFIERS.has(words[index - 1]!.toLowerCase()) && !/^(?:local|many|some)$/i.test(words[index - 1]!)) {
    start = index - 1;
  }
  return start;
}

/** Lower-case for common words (`finance ministry`, `labor unions`), proper names as written. */
function deskCase(words: readonly string[]): string {
  const common = words.every((w) => {
    const lower = w.toLowerCase().replace(/['’]s?$/, '');
    return !isCapitalized(w) || COMMON_QUALIFIERS.has(lower) || INSTITUTIONS.has(lower) || OFFICES.has(lower) || GROUPS.has(lower) || FUNCTION_WORDS.has(lower);
  });
  return words.map((w) => (common && !isAcronym(w) ? w.toLowerCase() : w)).join(' ').replace(/[.,]+$/, '');
}

/** Korean names put the surname first (`Lee Jae-myung`); others last (`Joe Biden`). */
function surname(name: readonly string[]): string {
  return (isKoreanName(name) ? name[0]! : name.at(-1)!).replace(/['’]s?$/, '').replace(/[.,]$/, '');
}

/** A romanised Korean name: a one-syllable surname and a hyphenated or two-syllable given name. */
function isKoreanName(words: readonly string[]): boolean {
  return words.length === 2 && /^[A-Z][a-z]{1,5}$/.test(words[0]!) && /^[A-Z][a-z]+-[a-z]+$/.test(words[1]!);
}
