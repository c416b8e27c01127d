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
}

const same = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => a.size === b.size && [...a].every((x) => b.has(x));

/** Whether a published and a generated line agree on verbs, elements and positions. */
export function compareLines(published: string | null, generated: string | null, paragraphCount: number): Agreement {
  const a = readLine(published, paragraphCount);
  const b = readLine(generated, paragraphCount);
  return {
    verbs: same(a.verbs, b.verbs),
    elements: same(a.elements, b.elements),
    positions: a.throughout === b.throughout && same(a.positions, b.positions),
  };
}
