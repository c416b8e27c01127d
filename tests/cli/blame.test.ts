import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/article/render.js';
import { oil2, P, tide3, v0, v1, v2, v3 } from '../fixtures/ship-story.js';
import { tempStore } from '../helpers/store.js';

describe('leads blame', () => {
  const { home, leads } = tempStore();
  [v0, v1, v2, v3].forEach((lead, n) => {
    const file = join(home, `ship-${n}.txt`);
    writeFileSync(file, renderArticle(lead));
    const result = leads(['commit', file, '--story', 'ship-aground', '--date', `2026-06-02T0${n + 1}:00:00Z`]);
    if (result.code !== 0) throw new Error(result.stderr);
  });

  it('--json: since, changed and moved of every paragraph, by lead and label', () => {
    const result = leads(['blame', 'ship-aground', '--json']);
    expect(result.code).toBe(0);
    const blame = JSON.parse(result.stdout);
    const short = (x: { lead: number; label: string | null }) => `${x.lead} ${x.label}`;
    expect(
      blame.paragraphs.map((p: { n: number; text: string; since: never; changed: never; moved: never[] }) => [p.n, p.text, short(p.since), short(p.changed), p.moved.map(short)]),
    ).toEqual([
      [1, P.lead, '0 null', '0 null', []],
      [2, P.owner, '0 null', '0 null', ['2 2nd LD']],
      [3, P.crew, '0 null', '0 null', []],
      [4, oil2, '0 null', '2 2nd LD', []],
      [5, P.divers, '0 null', '0 null', []],
      [6, tide3, '1 LEAD', '3 3rd LD', []],
      [7, P.fish, '3 3rd LD', '3 3rd LD', []],
    ]);
    expect(blame.paragraphs[3].changed).toMatchObject({ time: '2026-06-02T03:00:00+00:00', commit: expect.stringMatching(/^[0-9a-f]{40}$/) });
    expect(short(blame.elements.headline.since)).toBe('0 null');
  });

  it('the terminal names the leads by label', () => {
    const lines = leads(['blame', 'ship-aground']).stdout.split('\n');
    expect(lines[0]).toMatch(/^ {2}# {2}since +changed +paragraph$/);
    expect(lines.find((line) => line.startsWith('  4 '))).toMatch(/^ {2}4 {2}first version {2}2nd LD +About 5 tons/);
    expect(lines.find((line) => line.startsWith('  6 '))).toMatch(/^ {2}6 {2}LEAD +3rd LD +Rescuers said/);
    expect(lines.find((line) => line.startsWith('  2 '))).toContain('(moved in 2nd LD)');
  });

  it('a lead before the latest, by label', () => {
    const blame = JSON.parse(leads(['blame', 'ship-aground', 'LEAD', '--json']).stdout);
    expect(blame.paragraphs.map((p: { since: { lead: number } }) => p.since.lead)).toEqual([0, 0, 0, 0, 0, 1]);
  });

  it('--grep finds a figure in exactly the leads that carried it; none found is exit 1', () => {
    const hits = JSON.parse(leads(['blame', 'ship-aground', '--grep', '3 tons', '--json']).stdout);
    expect(hits.map((h: { lead: number; paragraph: number }) => [h.lead, h.paragraph])).toEqual([
      [0, 3],
      [1, 3],
    ]);
    expect(leads(['blame', 'ship-aground', '--grep', '5 tons']).stdout.split('\n')).toEqual([
      `2nd LD         para 4   ${oil2.slice(0, 59)}…`,
      `3rd LD         para 4   ${oil2.slice(0, 59)}…`,
      '',
    ]);
    expect(leads(['blame', 'ship-aground', '--grep', '9 tons'])).toMatchObject({ code: 1, stdout: '' });
  });

  it('an unknown story: exit 2, one line', () => {
    const result = leads(['blame', 'no-such-story']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });
});

describe('leads blame on an archive that starts mid-story', () => {
  // An archive of the 2nd and 3rd LD only: what the 2nd LD carries may have gone out in the first version or the LEAD.
  const { home, leads } = tempStore();
  const archive = join(home, 'archive', 'ship-aground');
  mkdirSync(archive, { recursive: true });
  writeFileSync(join(archive, '02.txt'), renderArticle(v2));
  writeFileSync(join(archive, '03.txt'), renderArticle(v3));
  const imported = leads(['import', join(home, 'archive')]);
  if (imported.code !== 0) throw new Error(imported.stderr);

  it('says a paragraph is since the earliest stored lead "or earlier", in --json and on the terminal', () => {
    const blame = JSON.parse(leads(['blame', 'ship-aground', '--json']).stdout);
    expect(blame.paragraphs[0].since).toMatchObject({ lead: 2, label: '2nd LD', orEarlier: true });
    expect(blame.paragraphs.find((p: { text: string }) => p.text === tide3).changed).toEqual(expect.not.objectContaining({ orEarlier: true }));
    const first = leads(['blame', 'ship-aground']).stdout.split('\n')[2]!;
    expect(first).toMatch(/^ {2}1 {2}2nd LD or earlier {2}2nd LD or earlier {2}/);
  });
});
