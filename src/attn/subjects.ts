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
  ['infections', /\b(?:infections?|infected|cases|patients)\b/i],
  ['exports', /\bexports?\b/i],
  ['imports', /\bimports?\b/i],
];

const SUBJECTS: Readonly<Record<string, string>> = {
  deaths: 'death toll',
  casualties: 'casualty figures',
  infections: 'infection figures',
  exports: 'export figures',
  imports: 'import figures',
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
    const before = text.slice(Math.max(0, start - BEFORE), start).replace(/^.*[.;]\s/s, '');
    const after = text.slice(end, end + AFTER).replace(/[.;](?:\s.*)?$/s, '');
    const clause = `${before} ${after}`;
    const kinds = COUNTED.filter(([, pattern]) => pattern.test(clause)).map(([kind]) => kind);
    for (const kind of kinds) found.add(kind);
  }
  if (found.has('deaths') && found.has('casualties')) return 'casualty figures';
  if (found.size !== 1) return null;
  return SUBJECTS[[...found][0]!] ?? null;
}
