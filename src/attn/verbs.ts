/** The verbs of ATTN lines (wire-style.md section 4), in the form house style writes them. */
export const VERBS = [
  'ADDS',
  'UPDATES',
  'CHANGES',
  'RECASTS',
  'REWRITES',
  'MODIFIES',
  'EDITS',
  'TRIMS',
  'RESTRUCTURES',
  'CORRECTS',
  'CLARIFIES',
  'RESTORES',
  'REPLACES',
  'DELETES',
] as const;

/** An ATTN verb: `ADDS`, `UPDATES`, `CHANGES`, ... */
export type Verb = (typeof VERBS)[number];

/** Verbs that announce a reworded headline or lead: one family for the checker. */
export const REWORD_FAMILY: ReadonlySet<Verb> = new Set(['CHANGES', 'RECASTS', 'REWRITES', 'MODIFIES', 'EDITS']);

const BASE_FORMS: Record<string, Verb> = {
  ADD: 'ADDS',
  UPDATE: 'UPDATES',
  CHANGE: 'CHANGES',
  RECAST: 'RECASTS',
  REWRITE: 'REWRITES',
  MODIFY: 'MODIFIES',
  EDIT: 'EDITS',
  TRIM: 'TRIMS',
  RESTRUCTURE: 'RESTRUCTURES',
  CORRECT: 'CORRECTS',
  CLARIFY: 'CLARIFIES',
  RESTORE: 'RESTORES',
  REPLACE: 'REPLACES',
  DELETE: 'DELETES',
};

export interface ReadVerb {
  readonly verb: Verb;
  /** As written, when that is not the house form (`ADD`, `Recast`, `UPDATED`). */
  readonly written: string;
  /** The form is the base or past form, not the `-S` form desks write. */
  readonly misspelled: boolean;
}

/** Reads a verb in any case and form (`ADDS`, `Adds`, `ADD`, `ADDED`); null for a word that is none. */
export function readVerb(word: string): ReadVerb | null {
  const upper = word.toUpperCase();
  if ((VERBS as readonly string[]).includes(upper)) return { verb: upper as Verb, written: word, misspelled: false };
  const base = BASE_FORMS[upper] ?? BASE_FORMS[upper.replace(/E?D$/, '')] ?? BASE_FORMS[upper.replace(/IED$/, 'Y')] ??
    BASE_FORMS[upper.replace(/D$/, '')] ?? BASE_FORMS[upper.replace(/([A-Z])\1ED$/, '$1')];
  return base ? { verb: base, written: word, misspelled: true } : null;
}
