import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../src/diff/align.js';
import { rebuildParagraphs } from '../../src/diff/rebuild.js';
import { longLeadPair, paragraph as generatedParagraph, random, text } from '../../bench/generate.js';

type Mutation =
  | { kind: 'edit'; at: number; word: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number }
  | { kind: 'move'; from: number; to: number }
  | { kind: 'split'; at: number }
  | { kind: 'merge'; at: number };

const paragraph = fc
  .array(fc.constantFrom('the', 'union', 'said', 'port', '1,200', 'talks', 'Busan', 'ships', 'strike', '"we', 'will', 'café', 'on', 'Monday.'), {
    minLength: 1,
    maxLength: 14,
  })
  .map((words) => words.join(' '));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), word: fc.constantFrom('Seoul', '7,000', 'not') }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: paragraph }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('split' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('merge' as const), at: fc.nat() }),
);

function apply(paras: string[], m: Mutation): string[] {
  const out = [...paras];
  if (out.length === 0) return m.kind === 'insert' ? [m.text] : out;
  const at = 'at' in m ? m.at % out.length : 0;
  switch (m.kind) {
    case 'edit': {
      const words = out[at]!.split(' ');
      words[words.length >> 1] = m.word;
      out[at] = words.join(' ');
      break;
    }
    case 'insert':
      out.splice(at, 0, m.text);
      break;
    case 'delete':
      out.splice(at, 1);
      break;
    case 'move': {
      const [moved] = out.splice(m.from % out.length, 1);
      out.splice(m.to % (out.length + 1), 0, moved!);
      break;
    }
    case 'split': {
      const words = out[at]!.split(' ');
      if (words.length > 1) out.splice(at, 1, words.slice(0, words.length >> 1).join(' '), words.slice(words.length >> 1).join(' '));
      break;
    }
    case 'merge':
      if (at + 1 < out.length) out.splice(at, 2, `${out[at]} ${out[at + 1]}`);
      break;
  }
  return out;
}

/** Every old paragraph once, every new paragraph once, and the new lead rebuilt exactly. */
function checkComplete(oldParas: string[], newParas: string[]): void {
  const changes = alignParagraphs(oldParas, newParas, { sameLead: true });
  expect(changes.flatMap((c) => c.old).sort((a, b) => a - b)).toEqual(oldParas.map((_, i) => i + 1));
  expect(changes.flatMap((c) => c.new).sort((a, b) => a - b)).toEqual(newParas.map((_, i) => i + 1));
  expect(rebuildParagraphs(oldParas, changes)).toEqual(newParas);
  // Through JSON too: the wire form of the diff is enough to rebuild.
  expect(rebuildParagraphs(oldParas, JSON.parse(JSON.stringify(changes)))).toEqual(newParas);
}

describe('alignParagraphs: the reconstruction property', () => {
  it('accounts for every paragraph once and rebuilds the new lead, on generated pairs', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 12 }), fc.array(mutation, { maxLength: 6 }), (oldParas, mutations) => {
        checkComplete(oldParas, mutations.reduce(apply, oldParas));
      }),
      { numRuns: 400 },
    );
  });

  it('holds on two 5,000-paragraph leads with 5% edited and 2% inserted', () => {
    const { old, next } = longLeadPair(7, 5000, 0.05, 0.02);
    checkComplete(old, next);
    const ops = alignParagraphs(old, next).reduce<Record<string, number>>((count, c) => {
      count[c.op] = (count[c.op] ?? 0) + 1;
      return count;
    }, {});
    const edited = next.filter((p, i) => !old.includes(p)).length;
    expect(ops.delete ?? 0).toBe(0);
    expect(ops.move ?? 0).toBe(0);
    expect((ops.edit ?? 0) + (ops.add ?? 0)).toBe(edited);
    expect(ops.edit).toBeGreaterThan(200);
  });
});

describe('alignParagraphs: every paragraph edited, so nothing is identical to anchor on', () => {
  type Shape = 'split' | 'merge' | 'insert' | 'insert-run' | 'delete' | 'move';
  /**
   * A lead whose every paragraph has one word changed, and one change of
   * shape on top, with the diff an editor would expect: each edited
   * paragraph an edit in place, the change of shape where it was made.
   */
  function everyParagraphEdited(seed: number, count: number, shape: Shape, at: number, to: number) {
    const next = random(seed);
    const old = Array.from({ length: count }, () => generatedParagraph(next));
    const edited = old.map((p) => {
      const words = p.split(' ');
      words[Math.floor(next() * words.length)] = 'revised';
      return words.join(' ');
    });
    const expected = old.map((_, i) => `edit ${i + 1} > ${i + 1}`);
    const renumber = (from: number, shift: number) =>
      expected.forEach((line, k) => {
        if (k < from) return;
        const [op, o, , n] = line.split(' ');
        expected[k] = `${op} ${o} > ${Number(n) + shift}`;
      });
    const half = (p: string) => {
      const words = p.split(' ');
      return [words.slice(0, words.length >> 1).join(' '), words.slice(words.length >> 1).join(' ')];
    };
    switch (shape) {
      case 'split': {
        edited.splice(at, 1, ...half(old[at]!));
        renumber(at + 1, 1);
        expected[at] = `split ${at + 1} > ${at + 1},${at + 2}`;
        break;
      }
      case 'merge': {
        if (at + 1 >= count) return null;
        edited.splice(at, 2, `${old[at]} ${old[at + 1]}`);
        expected.splice(at, 2, `merge ${at + 1},${at + 2} > ${at + 1}`);
        renumber(at + 1, -1);
        break;
      }
      case 'insert':
      case 'insert-run': {
        const added = Array.from({ length: shape === 'insert' ? 1 : 12 }, () => generatedParagraph(next));
        edited.splice(at, 0, ...added);
        renumber(at, added.length);
        expected.splice(at, 0, ...added.map((_, k) => `add - > ${at + k + 1}`));
        break;
      }
      case 'delete': {
        edited.splice(at, 1);
        renumber(at + 1, -1);
        expected[at] = `delete ${at + 1} > -`;
        break;
      }
      case 'move': {
        // Two places or more: a paragraph swapped with its neighbour could be either one moved.
        if (Math.abs(to - at) < 2) return null;
        const [moved] = edited.splice(at, 1);
        edited.splice(to, 0, moved!);
        const lines = old.map((_, i) => i).filter((i) => i !== at);
        lines.splice(to, 0, at);
        expected.splice(0, expected.length, ...lines.map((i, k) => `${i === at ? 'move*' : 'edit'} ${i + 1} > ${k + 1}`));
        break;
      }
    }
    return { old, next: edited, expected };
  }
  const shape = (changes: ReturnType<typeof alignParagraphs>) =>
    changes.map((c) => `${c.op}${c.edited && c.op === 'move' ? '*' : ''} ${c.old.join(',') || '-'} > ${c.new.join(',') || '-'}`);

  it('pairs every edit in place and finds the split, merge, addition, deletion or move among them', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 6, max: 60 }),
        fc.constantFrom<Shape>('split', 'merge', 'insert', 'insert-run', 'delete', 'move'),
        fc.nat(),
        fc.nat(),
        (seed, count, kind, at, to) => {
          const pair = everyParagraphEdited(seed, count, kind, at % count, to % count);
          if (!pair) return;
          // No dateline here, so no paragraph 1 paired as the lead whatever its words.
          const changes = alignParagraphs(pair.old, pair.next);
          // Deletions are listed where they stood, so compare as sets of lines and then in order of the new lead.
          expect(shape(changes).sort()).toEqual([...pair.expected].sort());
          checkComplete(pair.old, pair.next);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('pairs 20,000 edited paragraphs in place, past a run of 30 added in the middle', () => {
    const { old, next } = longLeadPair(7, 20_000, 1, 0);
    const added = text(31, 3000).slice(0, 30);
    const withRun = [...next.slice(0, 12_345), ...added, ...next.slice(12_345)];
    const ops = alignParagraphs(old, withRun).map((c) => c.op);
    expect(ops.filter((op) => op === 'add')).toHaveLength(30);
    expect(ops.slice(12_345, 12_375).every((op) => op === 'add')).toBe(true);
    expect(ops.filter((op) => op === 'edit')).toHaveLength(20_000 - old.filter((p, i) => p === next[i]).length);
  });
});

describe('alignParagraphs: pathological input', () => {
  it('two unrelated 20,000-word texts in one paragraph each are a delete and an add, no word diff', () => {
    const [a] = text(1, 20_000, 1);
    const [b] = text(2, 20_000, 1);
    const changes = alignParagraphs([a!], [b!]);
    expect(changes.map((c) => c.op)).toEqual(['delete', 'add']);
    expect(changes.every((c) => c.words === null)).toBe(true);
  });

  it('two unrelated 20,000-word texts in paragraphs share no paragraph', () => {
    const a = text(3, 20_000);
    const b = text(4, 20_000);
    const changes = alignParagraphs(a, b);
    expect(changes.filter((c) => c.op === 'delete')).toHaveLength(a.length);
    expect(changes.filter((c) => c.op === 'add')).toHaveLength(b.length);
  });

  it('a very long paragraph paired with its rewrite falls back to a whole-paragraph rewrite', () => {
    const [a] = text(5, 12_000, 1);
    // Every third word changed: similar enough to pair, too many edits to diff word by word.
    const b = a!.split(' ').map((word, i) => (i % 3 === 0 ? `x${word}` : word)).join(' ');
    const [change] = alignParagraphs([a!], [b], { sameLead: true });
    expect(change).toMatchObject({ op: 'edit', rewrite: true });
    expect(change!.words).toEqual([
      { op: 'delete', text: a },
      { op: 'add', text: b },
    ]);
  });
});

describe('alignParagraphs: leads that share little', () => {
  it('pairs two unrelated long leads as a rewrite of the lead without a word diff', () => {
    const [a] = text(8, 3000, 1);
    const [b] = text(9, 3000, 1);
    const [change] = alignParagraphs([a!], [b!], { sameLead: true });
    expect(change).toMatchObject({ op: 'edit', rewrite: true });
    expect(change!.similarity).toBeLessThan(0.5);
  });
});
