import { letterPattern } from '../article/ascii.js';

/**
 * Who is speaking in a paragraph, by a small attribution grammar: `X said`,
 * `said X`, `X told reporters`, `according to X`, `X added`, a quote followed
 * by its attribution. Cheap on purpose: a general NLP library costs more to
 * load than the whole command may take.
 */

const SPEECH = String.raw`(?:said|says|told|added|noted|stressed|explained|warned|announced|claimed|argued|urged|confirmed)`;
const PATTERNS = letterPattern(({ L, Lu, N, flags }) => {
  // A speaker is a short run of words before or after a verb of speech.
  const NAME = String.raw`((?:[${L}${N}'’.-]+\s){0,6}?[${L}${N}'’.-]+)`;
  return [
    // "..." Vice Minister Han told reporters. / Seoul's foreign ministry said the ...
    new RegExp(String.raw`(?:^|[,.”"]\s*|\bthe\s+)${NAME}\s+${SPEECH}\b`, flags),
    // ..., said Choi Young-hee, a 54-year-old resident.
    new RegExp(String.raw`\b${SPEECH}\s+((?:[${Lu}][${L}'’.-]*\s?){1,5})`, flags),
    // according to the interior ministry
    new RegExp(String.raw`\baccording to\s+(?:the\s+)?((?:[${L}'’.-]+\s?){1,5})`, flags),
  ];
});
const CAPITALIZED = letterPattern(({ Lu, flags }) => new RegExp(`^[${Lu}]`, flags));

const NOT_SPEAKERS = /^(?:it|he|she|they|we|i|you|this|that|which|who|officials?|police|sources?|the statement|statement)$/i;

/** The speaker a paragraph attributes its words to, as written, or null. */
export function speakerOf(paragraph: string): string | null {
  const text = paragraph.replace(/^[A-Z][A-Z .,'-]+(?:, [A-Z][a-z]+\.? \d{1,2})? \([^)]*\) ?(?:--|—|-) /, '');
  for (const pattern of PATTERNS(text)) {
    const match = pattern.exec(text);
    if (!match) continue;
    const speaker = tidySpeaker(match[1]!);
    if (speaker) return speaker;
  }
  return null;
}

/** Drops what leads into the name ("The", "In a statement,") and what trails it. */
function tidySpeaker(raw: string): string | null {
  let words = raw.trim().replace(/[,.]+$/, '').split(/\s+/);
  // "... the city government said": the name starts after the last article.
  const article = words.findLastIndex((word) => /^(?:the|a|an)$/i.test(word));
  if (article >= 0) words = words.slice(article + 1);
  else {
    const start = words.findIndex((word) => CAPITALIZED(word).test(word) || /^(?:ministry|spokes\w+|minister|president)$/i.test(word));
    if (start < 0) return null;
    words = words.slice(start);
  }
  const speaker = words.join(' ');
  if (speaker === '' || NOT_SPEAKERS.test(speaker) || words.length > 7) return null;
  return speaker;
}

/** Content words of a speaker, for telling whether two attributions name the same source. */
function keyWords(speaker: string): Set<string> {
  return new Set(
    speaker
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .split(/[\s-]+/)
      .filter((word) => word.length > 2 && !/^(?:the|and|of|for|vice|deputy|senior|chief)$/.test(word)),
  );
}

/**
 * The one source that a run of paragraphs quotes, when they quote one: the
 * first paragraph's speaker, if every other paragraph is attributed to a
 * speaker sharing a word with one already seen (the ministry, then "ministry
 * spokesperson Lim", then "Lim") or is a quote running on. Null when sources
 * differ, or some paragraph is no one's words.
 */
export function commonSpeaker(paragraphs: readonly string[]): string | null {
  const speakers = paragraphs.map(speakerOf);
  const first = speakers[0];
  if (!first) return null;
  const seen = keyWords(first);
  for (const [index, speaker] of speakers.entries()) {
    if (index === 0) continue;
    // An unattributed paragraph may only be a quote that runs on from the speaker before.
    if (speaker === null) {
      if (/^["“]/.test(paragraphs[index]!)) continue;
      return null;
    }
    const words = keyWords(speaker);
    if (![...words].some((word) => seen.has(word))) return null;
    for (const word of words) seen.add(word);
  }
  return first;
}

/** `Seoul's foreign ministry` -> `Seoul foreign ministry's`: the possessive a content phrase needs. */
export function possessive(speaker: string): string {
  const flat = speaker.replace(/['’]s\b/g, '');
  return /s$/.test(flat) ? `${flat}'` : `${flat}'s`;
}
