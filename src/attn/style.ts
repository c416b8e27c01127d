import { ordinal } from '../article/label.js';
import type { Clause, Where } from './clause.js';
import { isFigureNoun } from './subjects.js';
import { VERBS, type Verb } from './verbs.js';

/**
 * A house style: how clauses become a line. `yonhap` and `reuters` are built
 * in; another agency writes its own as a small JSON file of the same shape
 * (any field left out is taken from `yonhap`).
 */
export interface HouseStyle {
  readonly name: string;
  readonly open: string;
  readonly close: string;
  readonly clauseSeparator: string;
  /** How verbs are written: `ADDS`, `Adds` for the first clause and `adds` after, or as given in `verbs`. */
  readonly verbCase: 'upper' | 'sentence';
  /** Other words for verbs, such as `{ "UPDATES": "REFRESHES" }`. */
  readonly verbs: Readonly<Partial<Record<Verb, string>>>;
  /** Position templates: {n} a number, {ord} an ordinal, {list} a list with ranges. */
  readonly positions: {
    readonly one: string;
    readonly lead: string;
    readonly list: string;
    readonly last: string;
    readonly lastOne: string;
    readonly first: string;
    readonly from: string;
    readonly throughout: string;
  };
}

/** Yonhap house style: `(ATTN: ADDS ... last 3 paras; CHANGES headline)`, the default. */
export const YONHAP: HouseStyle = {
  name: 'yonhap',
  open: '(ATTN: ',
  close: ')',
  clauseSeparator: '; ',
  verbCase: 'upper',
  verbs: {},
  positions: {
    one: 'in {ord} para',
    lead: 'in lead',
    list: 'in paras {list}',
    last: 'last {n} paras',
    lastOne: 'last para',
    first: 'first {n} paras',
    from: 'from {ord} para',
    throughout: 'throughout',
  },
};

/** Reuters style: an update note in sentence case. */
export const REUTERS: HouseStyle = {
  name: 'reuters',
  open: '(',
  close: ')',
  clauseSeparator: ', ',
  verbCase: 'sentence',
  verbs: {},
  positions: {
    one: 'in paragraph {n}',
    lead: 'in paragraph 1',
    list: 'in paragraphs {list}',
    last: 'in last {n} paragraphs',
    lastOne: 'in last paragraph',
    first: 'in first {n} paragraphs',
    from: 'from paragraph {n}',
    throughout: 'throughout',
  },
};

/** The built-in house styles by name, as `--style` takes them. */
export const STYLES: Readonly<Record<string, HouseStyle>> = { yonhap: YONHAP, reuters: REUTERS };

/** The style a JSON file describes, over yonhap's defaults; throws a one-line reason when it is not one. */
export function styleFromJson(json: unknown, name = 'custom'): HouseStyle {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('a house style is a JSON object');
  const given = json as Record<string, unknown>;
  const text = (key: string, fallback: string) => {
    const value = given[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'string') throw new Error(`"${key}" must be a string`);
    return value;
  };
  const verbCase = given.verbCase ?? YONHAP.verbCase;
  if (verbCase !== 'upper' && verbCase !== 'sentence') throw new Error('"verbCase" must be "upper" or "sentence"');
  const verbs = (given.verbs ?? {}) as Record<string, unknown>;
  for (const [verb, word] of Object.entries(verbs)) {
    if (!(VERBS as readonly string[]).includes(verb)) throw new Error(`"verbs" names an unknown verb ${verb}; use ${VERBS.join(', ')}`);
    if (typeof word !== 'string' || word.trim() === '') throw new Error(`"verbs.${verb}" must be a word`);
  }
  const positions = (given.positions ?? {}) as Record<string, unknown>;
  const merged = { ...YONHAP.positions } as Record<string, string>;
  for (const [key, value] of Object.entries(positions)) {
    if (!(key in merged)) throw new Error(`"positions" has an unknown form ${key}; use ${Object.keys(merged).join(', ')}`);
    if (typeof value !== 'string') throw new Error(`"positions.${key}" must be a string`);
    merged[key] = value;
  }
  return {
    name: text('name', name),
    open: text('open', YONHAP.open),
    close: text('close', YONHAP.close),
    clauseSeparator: text('clauseSeparator', YONHAP.clauseSeparator),
    verbCase,
    verbs: verbs as Partial<Record<Verb, string>>,
    positions: merged as unknown as HouseStyle['positions'],
  };
}

/** The whole line, or null when there is nothing to announce. */
export function formatAttn(clauses: readonly Clause[], style: HouseStyle = YONHAP): string | null {
  if (clauses.length === 0) return null;
  const parts = clauses.map((clause, index) => formatClause(clause, style, index === 0));
  return `${style.open}${parts.join(style.clauseSeparator)}${style.close}`;
}

/**
 * `ADDS byline, photo` · `ADDS more details last 3 paras` · `UPDATES with
 * more details in paras 4, 6-8` · `UPDATES figures in 5th para` ·
 * `UPDATES throughout with police briefing`.
 */
export function formatClause(clause: Clause, style: HouseStyle, first: boolean): string {
  const words: string[] = [verbWord(clause.verb, style, first)];
  const what = clause.what;
  const where = clause.where ? formatWhere(clause.where, style) : null;
  const elements = clause.elements.join(', ');
  // UPDATES takes its content with "with", except for the bare nouns of figures and typos.
  const bare = what === null || what === 'typo' || isFigureNoun(what);
  const content = what === null ? null : clause.verb === 'UPDATES' && !bare ? `with ${what}` : what;
  const headOnly = clause.elements.length > 0 && clause.elements.every((e) => e === 'headline' || e === 'lead');
  if (headOnly && what !== null && (bare || clause.verb === 'UPDATES' || clause.verb === 'CORRECTS')) {
    // `UPDATES death toll in headline, lead` · `CORRECTS typo in headline` · `UPDATES with firefighter's death in headline, paras 1-2`
    words.push(content!, `in ${elements}${where ? `, ${where.replace(/^in /, '')}` : ''}`);
  } else if (clause.elements.length > 0 && (what !== null || where !== null) && clause.elements.every((e) => e === 'byline' || e === 'photo')) {
    // `ADDS more details in paras 3-4, photo`: byline and photo close the clause.
    if (where?.startsWith('throughout') === false || where === null) words.push(...[content, where].filter((w): w is string => w !== null));
    else words.push(where, ...(content ? [content] : []));
    words[words.length - 1] += `, ${elements}`;
  } else {
    if (elements) words.push(elements);
    if (clause.where?.kind === 'throughout' && content !== null && clause.verb === 'UPDATES') {
      // `UPDATES throughout with police briefing`, as desks write it.
      words.push(where!, content);
    } else if (content === null && clause.elements.length === 0 && clause.where?.kind === 'paras' && where) {
      // The bare position: `UPDATES 5th para`, `UPDATES paras 4-6`.
      words.push(where.replace(/^in /, ''));
    } else {
      if (content !== null) words.push(clause.elements.length > 0 && clause.verb !== 'UPDATES' ? `with ${what}` : content);
      if (where) words.push(where);
    }
  }
  return words.join(' ');
}


function verbWord(verb: Verb, style: HouseStyle, first: boolean): string {
  const word = style.verbs[verb] ?? verb;
  if (style.verbCase === 'upper') return word;
  const lower = word.toLowerCase();
  return first ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

export function formatWhere(where: Where, style: HouseStyle): string {
  const fill = (template: string, n: number) => template.replace('{n}', String(n)).replace('{ord}', ordinal(n));
  switch (where.kind) {
    case 'throughout':
      return style.positions.throughout;
    case 'last':
      return where.count === 1 ? style.positions.lastOne : fill(style.positions.last, where.count);
    case 'first':
      return fill(style.positions.first, where.count);
    case 'from':
      return fill(style.positions.from, where.start);
    case 'paras': {
      const [only] = where.paragraphs;
      if (where.paragraphs.length === 1) return only === 1 ? style.positions.lead : fill(style.positions.one, only!);
      return style.positions.list.replace('{list}', ranges(where.paragraphs));
    }
  }
}

/** [2, 5, 10, 13, 14, 15, 16] -> `2, 5, 10, 13-16`. */
export function ranges(positions: readonly number[]): string {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(j > i ? `${sorted[i]}-${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return out.join(', ');
}
