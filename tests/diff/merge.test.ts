import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_ARTICLE, type Article } from '../../src/article/article.js';
import { parseArticle } from '../../src/article/parse.js';
import { parseLeadLabel } from '../../src/article/label.js';
import { datelinedArticle } from '../fixtures/arbitraries.js';
import { conflictMarkers, mergeLeads, renderMergeDraft, type MergeConflict } from '../../src/diff/merge.js';

const D = 'BUSAN, March 14 (Hangang News) -- ';
const P = [
  `${D}A strike closed the port of Busan on Monday, with 6,200 workers walking out.`,
  'The union said talks with the operators broke down late on Sunday.',
  'Ships waited offshore as cranes stood idle along the container piers.',
  'Officials at the ministry said they would meet both sides on Tuesday.',
  'Exporters warned that a long stoppage would delay shipments to Europe.',
];

const lead = (paragraphs: readonly string[], fields: Partial<Article> = {}): Article => ({
  ...EMPTY_ARTICLE,
  label: parseLeadLabel('LEAD'),
  headline: 'Strike shuts Busan port',
  byline: 'Kim Min-su',
  photos: ['Cranes stand idle at Busan port on March 14. (Hangang News)'],
  ...fields,
  paragraphs,
  end: true,
});

const QUOTE = '"We will not return until the operators listen," a union leader said.';
const withAt = (paras: readonly string[], at: number, text: string) => paras.map((p, k) => (k === at ? text : p));
const moved = (paras: readonly string[], from: number, to: number) => {
  const out = [...paras];
  const [taken] = out.splice(from, 1);
  out.splice(to, 0, taken!);
  return out;
};

interface Case {
  readonly name: string;
  readonly ours: Article;
  readonly theirs: Article;
  /** The merged paragraphs; conflicts leave the other desk's version in place. */
  readonly paragraphs: readonly string[];
  readonly fields?: Partial<Article>;
  /** The conflicts as [element, position in the merged lead]. */
  readonly conflicts?: readonly (readonly [MergeConflict['element'], number | null])[];
}

const base = lead(P);
const P2edit = 'The union said talks with the port operators broke down late on Sunday night.';
const P3edit = 'Ships waited offshore as cranes stood idle along all the container piers.';

const CASES: readonly Case[] = [
  { name: 'nothing changed', ours: base, theirs: base, paragraphs: P },
  { name: 'only this desk edited', ours: lead(withAt(P, 1, P2edit)), theirs: base, paragraphs: withAt(P, 1, P2edit) },
  { name: 'only the other desk edited', ours: base, theirs: lead(withAt(P, 2, P3edit)), paragraphs: withAt(P, 2, P3edit) },
  {
    name: 'each desk edited its own paragraph',
    ours: lead(withAt(P, 1, P2edit)),
    theirs: lead(withAt(P, 2, P3edit)),
    paragraphs: withAt(withAt(P, 1, P2edit), 2, P3edit),
  },
  { name: 'both made the same edit: taken once', ours: lead(withAt(P, 1, P2edit)), theirs: lead(withAt(P, 1, P2edit)), paragraphs: withAt(P, 1, P2edit) },
  {
    name: 'moved on this side, edited on the other: moved and edited',
    ours: lead(moved(P, 4, 1)),
    theirs: lead(withAt(P, 4, 'Exporters warned that a long stoppage would delay car shipments to Europe.')),
    paragraphs: moved(withAt(P, 4, 'Exporters warned that a long stoppage would delay car shipments to Europe.'), 4, 1),
  },
  {
    name: 'edited on this side, moved on the other: moved and edited',
    ours: lead(withAt(P, 3, 'Officials at the labour ministry said they would meet both sides on Tuesday.')),
    theirs: lead(moved(P, 3, 1)),
    paragraphs: moved(withAt(P, 3, 'Officials at the labour ministry said they would meet both sides on Tuesday.'), 3, 1),
  },
  {
    name: 'added paragraphs land after their neighbours, from both desks',
    ours: lead([...P.slice(0, 2), QUOTE, ...P.slice(2)]),
    theirs: lead([...P, 'Police said the picket lines stayed calm through the night.']),
    paragraphs: [...P.slice(0, 2), QUOTE, ...P.slice(2), 'Police said the picket lines stayed calm through the night.'],
  },
  {
    name: 'deleted on this side, untouched on the other',
    ours: lead(P.filter((_, k) => k !== 3)),
    theirs: lead(withAt(P, 1, P2edit)),
    paragraphs: withAt(P, 1, P2edit).filter((_, k) => k !== 3),
  },
  {
    name: 'a dateline changed on one side, the lead rewritten on the other',
    ours: lead(withAt(P, 0, P[0]!.replace('March 14', 'March 15'))),
    theirs: lead(withAt(P, 0, `${D}A strike closed the port of Busan on Monday, with 6,800 workers walking out.`)),
    paragraphs: withAt(P, 0, `BUSAN, March 15 (Hangang News) -- A strike closed the port of Busan on Monday, with 6,800 workers walking out.`),
  },
  {
    name: 'header elements merge like paragraphs',
    ours: lead(P, { headline: 'Strike shuts Busan port for a second day', photos: [...base.photos, 'Workers march in Busan. (Hangang News)'] }),
    theirs: lead(P, { byline: 'Kim Min-su and Lee Ha-na' }),
    paragraphs: P,
    fields: {
      headline: 'Strike shuts Busan port for a second day',
      byline: 'Kim Min-su and Lee Ha-na',
      photos: [...base.photos, 'Workers march in Busan. (Hangang News)'],
    },
  },
  {
    name: 'the same paragraph reworded differently: a conflict',
    ours: lead(withAt(P, 1, P2edit)),
    theirs: lead(withAt(P, 1, 'The union said talks with the operators collapsed late on Sunday.')),
    paragraphs: withAt(P, 1, 'The union said talks with the operators collapsed late on Sunday.'),
    conflicts: [['paragraph', 2]],
  },
  {
    name: 'edited on this side, deleted on the other: a conflict',
    ours: lead(withAt(P, 3, 'Officials at the labour ministry said they would meet both sides on Tuesday.')),
    theirs: lead(P.filter((_, k) => k !== 3)),
    paragraphs: P.filter((_, k) => k !== 3),
    conflicts: [['paragraph', 4]],
  },
  {
    name: 'the headline changed differently on both sides: a conflict',
    ours: lead(P, { headline: 'Busan port strike enters second day' }),
    theirs: lead(P, { headline: 'Port strike spreads beyond Busan' }),
    paragraphs: P,
    fields: { headline: 'Port strike spreads beyond Busan' },
    conflicts: [['headline', null]],
  },
];

describe('mergeLeads: a table of cases', () => {
  it.each(CASES)('$name', ({ ours, theirs, paragraphs, fields, conflicts }) => {
    const merge = mergeLeads(base, ours, theirs);
    expect(merge.article.paragraphs).toEqual(paragraphs);
    expect(merge.conflicts.map((c) => [c.element, c.position])).toEqual(conflicts ?? []);
    expect(merge.article.attn).toBeNull();
    expect(merge.article.label).toEqual(theirs.label);
    for (const [key, value] of Object.entries(fields ?? {})) expect(merge.article[key as keyof Article]).toEqual(value);
  });
});

describe('renderMergeDraft: conflicts between markers', () => {
  it('shows both versions of a reworded paragraph, this desk first, and the markers are found again when read back', () => {
    const theirText = 'The union said talks with the operators collapsed late on Sunday.';
    const merge = mergeLeads(base, lead(withAt(P, 1, P2edit)), lead(withAt(P, 1, theirText)));
    const draft = renderMergeDraft(merge, 'busan-strike-20260314 2nd LD');
    expect(draft).toContain(`\n\n<<<<<<< this desk\n${P2edit}\n=======\n${theirText}\n>>>>>>> busan-strike-20260314 2nd LD\n\n`);
    expect(conflictMarkers(parseArticle(draft))).toEqual(['para 2']);
    const resolved = draft.replace(/<<<<<<< this desk\n(.*)\n=======\n.*\n>>>>>>> .*\n/, '$1\n');
    expect(conflictMarkers(parseArticle(resolved))).toEqual([]);
    expect(parseArticle(resolved).paragraphs).toEqual(withAt(P, 1, P2edit));
  });

  it('a deleted side is an empty version; a headline keeps its label on both versions', () => {
    const merge = mergeLeads(
      base,
      lead(withAt(P, 3, 'Officials at the labour ministry said they would meet both sides on Tuesday.'), { headline: 'Busan strike goes on' }),
      lead(P.filter((_, k) => k !== 3), { headline: 'Port strike spreads' }),
    );
    const draft = renderMergeDraft(merge, 'story 2nd LD');
    expect(draft).toContain('<<<<<<< this desk\n(LEAD) Busan strike goes on\n=======\n(LEAD) Port strike spreads\n>>>>>>> story 2nd LD\n');
    expect(draft).toContain('<<<<<<< this desk\nOfficials at the labour ministry said they would meet both sides on Tuesday.\n=======\n>>>>>>> story 2nd LD\n');
  });
});

// ------------------------------------------------------------------ property

type Op = 'none' | 'edit' | 'delete' | 'insert';
interface Touch {
  readonly side: 'ours' | 'theirs';
  readonly op: Op;
  readonly text: string;
}

/**
 * One change per base paragraph at most, each by one desk: an edit (a word
 * added to a long paragraph), a deletion, or a paragraph added after it. So
 * the two desks touch disjoint paragraphs, insertions' neighbours included.
 */
const touches = (count: number): fc.Arbitrary<Touch[]> =>
  fc.array(
    fc.record({
      side: fc.constantFrom('ours' as const, 'theirs' as const),
      op: fc.constantFrom<Op>('none', 'edit', 'delete', 'insert'),
      text: fc.array(fc.constantFrom('picket', 'crane', 'harbour', 'night', 'shift', 'pay'), { minLength: 4, maxLength: 12 }).map((w) => w.join(' ')),
    }),
    { minLength: count, maxLength: count },
  );

/** The base with one desk's touches applied, or both desks' at once (the merge expected, in order). */
function applyTouches(paras: readonly string[], list: readonly Touch[], side: 'ours' | 'theirs' | 'both'): string[] {
  const out: string[] = [];
  paras.forEach((text, k) => {
    const touch = list[k]!;
    const mine = side === 'both' || touch.side === side;
    if (mine && touch.op === 'delete' && k > 0) return;
    const words = text.split(' ');
    out.push(mine && touch.op === 'edit' && words.length >= 8 ? [words[0], 'reportedly', ...words.slice(1)].join(' ') : text);
    if (mine && touch.op === 'insert') out.push(`Added by ${touch.side} after ${k + 1}: ${touch.text}.`);
  });
  return out;
}

const count = (list: readonly string[]) => {
  const map = new Map<string, number>();
  for (const text of list) map.set(text, (map.get(text) ?? 0) + 1);
  return map;
};
const sorted = (list: readonly string[]) => [...list].sort();
/** `a - b` as multisets. */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = count(b);
  return a.filter((text) => {
    const n = left.get(text) ?? 0;
    if (n > 0) left.set(text, n - 1);
    return n === 0;
  });
}

describe('mergeLeads: the disjoint-changes property', () => {
  const stories = datelinedArticle.filter((a) => a.paragraphs.length >= 2 && new Set(a.paragraphs).size === a.paragraphs.length);

  it("applies both desks' changes exactly, in either order of sides, when they touch disjoint paragraphs", () => {
    fc.assert(
      fc.property(
        stories.chain((story) => fc.tuple(fc.constant(story), touches(story.paragraphs.length))),
        ([story, list]) => {
          const oursParas = applyTouches(story.paragraphs, list, 'ours');
          const theirsParas = applyTouches(story.paragraphs, list, 'theirs');
          const ours: Article = { ...story, paragraphs: oursParas };
          const theirs: Article = { ...story, label: parseLeadLabel('2nd LD'), paragraphs: theirsParas };
          // Each side's diff against the base: what it took out and what it put in.
          const expected = sorted([
            ...minus(minus(story.paragraphs, minus(story.paragraphs, oursParas)), minus(story.paragraphs, theirsParas)),
            ...minus(oursParas, story.paragraphs),
            ...minus(theirsParas, story.paragraphs),
          ]);
          // With no moves, the order is the base's, each addition after the paragraph it followed.
          const inOrder = applyTouches(story.paragraphs, list, 'both');
          for (const [a, b] of [
            [ours, theirs],
            [theirs, ours],
          ] as const) {
            const merge = mergeLeads(story, a, b);
            expect(merge.conflicts).toEqual([]);
            expect(sorted(merge.article.paragraphs)).toEqual(expected);
            expect(merge.article.paragraphs).toEqual(inOrder);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('with one desk idle, the merge is the other desk\'s lead, moves and all', () => {
    fc.assert(
      fc.property(stories, fc.nat(), fc.nat(), (story, from, to) => {
        const paras = [...story.paragraphs];
        const [taken] = paras.splice(1 + (from % (paras.length - 1)), 1);
        paras.splice(1 + (to % paras.length), 0, taken!);
        const busy: Article = { ...story, headline: `${story.headline} again`, paragraphs: paras };
        expect(mergeLeads(story, busy, story).article).toEqual({ ...busy, attn: null });
        expect(mergeLeads(story, story, busy).article).toEqual({ ...busy, attn: null });
      }),
      { numRuns: 150 },
    );
  });
});
