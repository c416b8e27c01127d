import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords, MAX_WHOLE_DIFF_TOKENS, newSide, oldSide, type WordChange } from '../../src/diff/words.js';
import { tokenize } from '../../src/diff/tokens.js';
import { random, text } from '../../bench/generate.js';

const changed = (words: readonly WordChange[]) => words.filter((w) => w.op !== 'equal');

/** A long paragraph with words replaced at the given word positions. */
function withReplaced(paragraph: string, at: readonly number[], word: (k: number) => string): string {
  const words = paragraph.split(' ');
  at.forEach((position, k) => (words[position] = word(k)));
  return words.join(' ');
}

describe('diffWords on paragraphs too long to diff whole', () => {
  const [long] = text(21, 60_000, 1);

  it('a 60,000-word paragraph with 10 words changed reports exactly those 10 changes', () => {
    const at = [3, 4_000, 9_999, 10_001, 20_000, 31_337, 40_000, 47_500, 55_555, 59_990];
    const next = withReplaced(long!, at, (k) => `revised${k}`);
    expect(tokenize(long!).length + tokenize(next).length).toBeGreaterThan(MAX_WHOLE_DIFF_TOKENS);
    const diff = diffWords(long!, next);
    const words = long!.split(' ');
    expect(diff.rewrite).toBe(false);
    expect(changed(diff.words)).toEqual(
      at.flatMap((position, k) => [
        { op: 'delete', text: words[position]!.replace(/\.$/, '') },
        { op: 'add', text: `revised${k}` },
      ]),
    );
    expect(oldSide(diff.words)).toBe(long);
    expect(newSide(diff.words)).toBe(next);
  });

  it('a long run of one repeated phrase, with no run of words found once, still shows its two edits', () => {
    const old = 'the port '.repeat(15_000).trim();
    const next = withReplaced(old, [100, 25_000], (k) => ['ships', 'strike'][k]!);
    expect(changed(diffWords(old, next).words)).toEqual([
      { op: 'delete', text: 'the' },
      { op: 'add', text: 'ships' },
      { op: 'delete', text: 'the' },
      { op: 'add', text: 'strike' },
    ]);
  });

  it('paragraphs added to or cut from the middle of a long text are one addition or one deletion', () => {
    const words = long!.split(' ');
    const inserted = 'Officials said the count would rise.';
    const next = [...words.slice(0, 30_000), inserted, ...words.slice(30_000)].join(' ');
    const added = changed(diffWords(long!, next).words);
    expect(added.map((w) => ({ ...w, text: w.text.trim() }))).toEqual([{ op: 'add', text: inserted }]);
    const cut = [...words.slice(0, 10_000), ...words.slice(10_500)].join(' ');
    const diff = diffWords(long!, cut);
    expect(changed(diff.words)).toHaveLength(1);
    expect(changed(diff.words)[0]!.op).toBe('delete');
    expect(newSide(diff.words)).toBe(cut);
  });

  it('rebuilds both texts from the changes and finds no more edits than were made', () => {
    const [base] = text(22, 12_000, 1);
    const words = base!.split(' ');
    const edit = fc.record({
      kind: fc.constantFrom('replace', 'insert', 'delete'),
      at: fc.nat({ max: words.length - 1 }),
      word: fc.constantFrom('Seoul', '7,000', 'not', 'workers'),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 30 }), (edits) => {
        const next = [...words];
        for (const e of edits) {
          const at = Math.min(e.at, next.length - 1);
          if (e.kind === 'replace') next[at] = e.word;
          else if (e.kind === 'insert') next.splice(at, 0, e.word);
          else if (next.length > 1) next.splice(at, 1);
        }
        const after = next.join(' ');
        const diff = diffWords(base!, after);
        expect(diff.rewrite).toBe(false);
        expect(oldSide(diff.words)).toBe(base);
        expect(newSide(diff.words)).toBe(after);
        // Each edit touches a word and a space; a space between two changes joins them.
        const tokens = changed(diff.words).reduce((sum, w) => sum + tokenize(w.text).length, 0);
        expect(tokens).toBeLessThanOrEqual(4 * edits.length);
      }),
      { numRuns: 25 },
    );
  });

  it('a long pair with edits everywhere is still a rewrite', () => {
    const [base] = text(23, 30_000, 1);
    const rng = random(5);
    const next = base!
      .split(' ')
      .map((word) => (rng() < 0.3 ? `x${word}` : word))
      .join(' ');
    expect(diffWords(base!, next)).toEqual({
      rewrite: true,
      words: [
        { op: 'delete', text: base },
        { op: 'add', text: next },
      ],
    });
  });
});
