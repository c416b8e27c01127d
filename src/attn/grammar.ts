import type { AttnElement, Clause, Where } from './clause.js';
import { readVerb, type ReadVerb } from './verbs.js';

/**
 * Reads a hand-written ATTN line into clauses, tolerating the variants real
 * desks write: `ADD` for `ADDS`, `last three paras`, `from para 5`, commas
 * instead of semicolons between clauses, Reuters' `(Adds ... in paragraph 3,
 * updates ...)`.
 */
export interface ParsedAttn {
  readonly clauses: readonly ParsedClause[];
  /** Parts of the line that could not be read as a clause. */
  readonly unread: readonly string[];
}

export interface ParsedClause extends Clause {
  readonly verbAsWritten: ReadVerb;
  readonly text: string;
}

export function parseAttn(line: string): ParsedAttn {
  const inner = line
    .trim()
    .replace(/^\(\s*(?:ATTN\s*:)?\s*/i, '')
    .replace(/\s*\)\s*$/, '');
  const clauses: ParsedClause[] = [];
  const unread: string[] = [];
  for (const part of splitClauses(inner)) {
    const clause = parseClause(part);
    if (clause) clauses.push(clause);
    else if (part.trim() !== '') unread.push(part.trim());
  }
  return { clauses, unread };
}

/** Semicolons always split; a comma splits only where a verb follows it. */
function splitClauses(text: string): string[] {
  const parts: string[] = [];
  for (const chunk of text.split(';')) {
    let current = '';
    for (const piece of chunk.split(',')) {
      const first = /^\s*([A-Za-z]+)/.exec(piece)?.[1];
      if (current !== '' && first && readVerb(first)) {
        parts.push(current);
        current = piece;
      } else {
        current = current === '' ? piece : `${current},${piece}`;
      }
    }
    parts.push(current);
  }
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20,
};

function count(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}

const PARA = String.raw`(?:paras?|paragraphs?|grafs?|pars?)`;
const ORD = String.raw`\d+(?:st|nd|rd|th)`;
const NUM_LIST = String.raw`\d+(?:\s*-\s*\d+)?(?:\s*(?:,|and|&)\s*\d+(?:\s*-\s*\d+)?)*`;
const ORD_LIST = String.raw`${ORD}(?:\s*-\s*${ORD})?(?:\s*(?:,|and|&)\s*${ORD}(?:\s*-\s*${ORD})?)*`;

interface Found {
  readonly where: Where;
  readonly index: number;
  readonly length: number;
}

const LOCATIONS: { pattern: RegExp; read: (m: RegExpExecArray) => Where | null }[] = [
  { pattern: /\bthroughout\b/i, read: () => ({ kind: 'throughout' }) },
  {
    pattern: new RegExp(String.raw`\blast\s+(\w+)\s+${PARA}\b`, 'i'),
    read: (m) => {
      const n = count(m[1]!);
      return n ? { kind: 'last', count: n } : null;
    },
  },
  { pattern: new RegExp(String.raw`\b(?:the\s+)?last\s+${PARA}\b`, 'i'), read: () => ({ kind: 'last', count: 1 }) },
  {
    pattern: new RegExp(String.raw`\bfirst\s+(\w+)\s+${PARA}\b`, 'i'),
    read: (m) => {
      const n = count(m[1]!);
      return n ? { kind: 'first', count: n } : null;
    },
  },
  { pattern: new RegExp(String.raw`\bfrom\s+(\d+)(?:st|nd|rd|th)\s+${PARA}\b`, 'i'), read: (m) => ({ kind: 'from', start: Number(m[1]) }) },
  { pattern: new RegExp(String.raw`\bfrom\s+${PARA}\s+(\d+)\b`, 'i'), read: (m) => ({ kind: 'from', start: Number(m[1]) }) },
  {
    pattern: new RegExp(String.raw`(?:\bin\s+)?\b${PARA}\s+(${NUM_LIST})`, 'i'),
    read: (m) => ({ kind: 'paras', paragraphs: expandList(m[1]!) }),
  },
  {
    pattern: new RegExp(String.raw`(?:\bin\s+)?\b(${ORD_LIST})\s+${PARA}\b`, 'i'),
    read: (m) => ({ kind: 'paras', paragraphs: expandList(m[1]!.replace(/(st|nd|rd|th)\b/gi, '')) }),
  },
];

/** `2, 6, 9, 12-14` -> [2, 6, 9, 12, 13, 14]. */
export function expandList(text: string): number[] {
  const out: number[] = [];
  for (const item of text.split(/\s*(?:,|and|&)\s*/)) {
    const [from, to] = item.split(/\s*-\s*/).map(Number);
    if (from === undefined || Number.isNaN(from)) continue;
    const end = to === undefined || Number.isNaN(to) ? from : to;
    for (let n = from; n <= end && n - from < 1000; n++) out.push(n);
  }
  return out;
}

function findLocation(text: string): Found | null {
  let best: Found | null = null;
  for (const { pattern, read } of LOCATIONS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const where = read(match);
    if (where && (!best || match.index < best.index)) best = { where, index: match.index, length: match[0].length };
  }
  return best;
}

const ELEMENT_WORDS: Record<string, AttnElement> = {
  headline: 'headline',
  headlines: 'headline',
  hed: 'headline',
  lead: 'lead',
  lede: 'lead',
  byline: 'byline',
  dateline: 'dateline',
  slug: 'slug',
  slugline: 'slug',
  photo: 'photo',
  photos: 'photo',
  picture: 'photo',
  caption: 'photo',
};

function parseClause(text: string): ParsedClause | null {
  const verbMatch = /^([A-Za-z]+)\b\s*(.*)$/s.exec(text.trim());
  if (!verbMatch) return null;
  const verb = readVerb(verbMatch[1]!);
  if (!verb) return null;
  let rest = verbMatch[2]!.trim();
  const location = findLocation(rest);
  if (location) rest = `${rest.slice(0, location.index)} ${rest.slice(location.index + location.length)}`;
  // `UPDATES death toll in headline, lead`: the elements after "in" are elements, not content.
  rest = rest.replace(/\bin\s+(?=(?:the\s+)?(?:headlines?|hed|lead|lede|byline|dateline|slug|slugline|photos?|picture|caption)\b)/gi, ', ');
  const elements: AttnElement[] = [];
  const content: string[] = [];
  for (const raw of rest.split(/,|\band\b|\bwith\b/i)) {
    const item = raw.trim().replace(/^(?:the|in)\s+/i, '').trim();
    if (item === '') continue;
    const element = ELEMENT_WORDS[item.toLowerCase()];
    if (element) {
      if (!elements.includes(element)) elements.push(element);
    } else {
      content.push(item);
    }
  }
  return {
    verb: verb.verb,
    verbAsWritten: verb,
    elements,
    what: content.length > 0 ? content.join(', ') : null,
    where: location?.where ?? null,
    text: text.trim(),
  };
}
