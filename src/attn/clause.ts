import type { Verb } from './verbs.js';

/** What an ATTN clause can name besides paragraphs. */
export type AttnElement = 'headline' | 'lead' | 'byline' | 'dateline' | 'slug' | 'photo';

/** Where a clause's change sits in the new lead, in the forms desks write. */
export type Where =
  | { readonly kind: 'paras'; readonly paragraphs: readonly number[] }
  | { readonly kind: 'last'; readonly count: number }
  | { readonly kind: 'first'; readonly count: number }
  | { readonly kind: 'from'; readonly start: number }
  | { readonly kind: 'throughout' };

/** One clause of an ATTN line: `ADDS Seoul foreign ministry's comments last 3 paras`. */
export interface Clause {
  readonly verb: Verb;
  readonly elements: readonly AttnElement[];
  /** The content phrase: `more details`, `Seoul foreign ministry's comments`, `figures`. */
  readonly what: string | null;
  readonly where: Where | null;
}

/** The new-lead positions a location covers, given the lead's paragraph count. */
export function positionsOf(where: Where | null, paragraphCount: number): number[] {
  if (!where) return [];
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
  switch (where.kind) {
    case 'paras':
      return [...where.paragraphs];
    case 'last':
      // `last 5 paras` of a 3-paragraph lead is all of it, not paras -1 and 0.
      return range(Math.max(1, paragraphCount - where.count + 1), paragraphCount);
    case 'first':
      return range(1, where.count);
    case 'from':
      return range(where.start, paragraphCount);
    case 'throughout':
      return range(1, paragraphCount);
  }
}
