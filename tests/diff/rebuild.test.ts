import { describe, expect, it } from 'vitest';
import type { ParagraphChange } from '../../src/diff/align.js';
import { rebuildParagraphs } from '../../src/diff/rebuild.js';
import type { WordChange } from '../../src/diff/words.js';

const OLD = [
  'MOKPO, March 4 (Hangang News) -- Ferry crews on 14 routes walked out on Monday.',
  'About 2,000 commuters were stranded, officials said.',
  'The union wants a 6 percent raise.',
  'Talks are set for Thursday.',
];

const change = (op: ParagraphChange['op'], old: number[], positions: number[], text: string, words: WordChange[] | null = null): ParagraphChange => ({
  op,
  old,
  new: positions,
  similarity: op === 'equal' ? 1 : 0.7,
  edited: words !== null,
  text,
  words,
  rewrite: false,
});

describe('rebuildParagraphs', () => {
  it.each<[string, ParagraphChange[], string[]]>([
    [
      'an edit, from its words; a cut paragraph, left out',
      [
        change('equal', [1], [1], OLD[0]!),
        change('delete', [2], [], OLD[1]!),
        change('edit', [3], [2], 'The union wants a 7 percent raise.', [
          { op: 'equal', text: 'The union wants a ' },
          { op: 'delete', text: '6' },
          { op: 'add', text: '7' },
          { op: 'equal', text: ' percent raise.' },
        ]),
        change('equal', [4], [3], OLD[3]!),
      ],
      [OLD[0]!, 'The union wants a 7 percent raise.', OLD[3]!],
    ],
    [
      'an added paragraph, from its text; a moved one, from its old place',
      [
        change('equal', [1], [1], OLD[0]!),
        change('move', [4], [2], OLD[3]!),
        change('add', [], [3], 'Police stood by at the port.'),
        change('equal', [2], [4], OLD[1]!),
        change('equal', [3], [5], OLD[2]!),
      ],
      [OLD[0]!, OLD[3]!, 'Police stood by at the port.', OLD[1]!, OLD[2]!],
    ],
    [
      'a split, at the paragraph break its words add',
      [
        change('equal', [1], [1], OLD[0]!),
        change('split', [2], [2, 3], 'About 2,000 commuters were stranded.\n\nOfficials said so.', [
          { op: 'equal', text: 'About 2,000 commuters were stranded' },
          { op: 'delete', text: ', officials said.' },
          { op: 'add', text: '.\n\nOfficials said so.' },
        ]),
        change('equal', [3], [4], OLD[2]!),
        change('equal', [4], [5], OLD[3]!),
      ],
      [OLD[0]!, 'About 2,000 commuters were stranded.', 'Officials said so.', OLD[2]!, OLD[3]!],
    ],
    [
      'a merge, where its words delete the break',
      [
        change('equal', [1], [1], OLD[0]!),
        change('equal', [2], [2], OLD[1]!),
        change('merge', [3, 4], [3], `${OLD[2]} ${OLD[3]}`, [
          { op: 'equal', text: OLD[2]! },
          { op: 'delete', text: '\n\n' },
          { op: 'add', text: ' ' },
          { op: 'equal', text: OLD[3]! },
        ]),
      ],
      [OLD[0]!, OLD[1]!, `${OLD[2]} ${OLD[3]}`],
    ],
    ['every paragraph cut', OLD.map((text, k) => change('delete', [k + 1], [], text)), []],
  ])('%s', (_what, changes, paragraphs) => {
    expect(rebuildParagraphs(OLD, changes)).toEqual(paragraphs);
  });

  it('takes an unchanged paragraph from the old lead by position, not from the text the change carries', () => {
    expect(rebuildParagraphs(OLD, [change('equal', [3], [1], '(not used)')])).toEqual([OLD[2]]);
  });
});
