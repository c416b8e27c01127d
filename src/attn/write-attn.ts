import type { LeadDiff } from '../diff/lead-diff.js';
import { hasChanges } from '../diff/lead-diff.js';
import type { Clause } from './clause.js';
import { changeFacts, type ChangeFacts } from './facts.js';
import { formatAttn, YONHAP, type HouseStyle } from './style.js';
import { writeClauses, type WriteOptions } from './compose.js';

/** The house style (default Yonhap), the editor's own content phrase, and whether the change corrects an error. */
export interface AttnOptions extends WriteOptions {
  readonly style?: HouseStyle | undefined;
}

/** The line the writer wrote, its clauses, and the facts of the diff it was written from (what `checkAttn` checks against). */
export interface WrittenAttn {
  /** The line, or null when the leads do not differ. */
  readonly line: string | null;
  readonly clauses: readonly Clause[];
  readonly facts: ChangeFacts;
}

/** The ATTN line a careful desk editor would write for the change from one lead to the next. */
export function writeAttn(diff: LeadDiff, options: AttnOptions = {}): WrittenAttn {
  const facts = changeFacts(diff);
  const clauses = hasChanges(diff) ? writeClauses(facts, options) : [];
  return { line: formatAttn(clauses, options.style ?? YONHAP), clauses, facts };
}
