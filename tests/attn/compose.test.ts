import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { writeAttn } from '../../src/attn/write-attn.js';
import { compareLines } from '../../src/attn/compare.js';
import { changeFacts } from '../../src/attn/facts.js';
import { formatAttn } from '../../src/attn/style.js';
import { writeClauses } from '../../src/attn/compose.js';
import { diffLeads } from '../../src/diff/lead-diff.js';
import { FIRE, fireLead } from '../fixtures/story.js';
import { REPO_ROOT } from '../helpers/cli.js';

const CASES = join(REPO_ROOT, 'tests/attn/cases');

describe('the case suite: the line a careful desk editor would write', () => {
  const names = readdirSync(CASES).sort();
  it('covers every required shape', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'ministry-comments-last-3',
        'updates-paras-4-6-8',
        'from-3rd-para',
        'headline-only',
        'byline-photo',
        'dateline',
        'typo',
        'trim',
        'rewrite-throughout',
      ]),
    );
  });

  // The team's first cases pin the exact line; every case (a-, b-, c-: written apart from the writer) must agree with the
  // desk's line on verbs, elements, positions and content phrase (as `leads eval` judges).
  it.each(names)('%s', (name) => {
    const read = (file: string) => readFileSync(join(CASES, name, file));
    const meta = JSON.parse(read('meta.json').toString()) as { attn_next: string; what_aliases?: string[] };
    const next = parseArticle(read('next.txt'));
    const line = writeAttn(diffLeads(parseArticle(read('prev.txt')), next)).line;
    if (!/^[abc]-/.test(name)) expect(line).toBe(meta.attn_next);
    expect({ line, ...compareLines(meta.attn_next, line, next.paragraphs.length, meta.what_aliases ?? []) }).toEqual({
      line,
      verbs: true,
      elements: true,
      positions: true,
      what: true,
    });
  });
});

describe('writeClauses', () => {
  const facts = (next: readonly string[], fields = {}) => changeFacts(diffLeads(fireLead(FIRE), fireLead(next, fields)));
  const line = (next: readonly string[], options = {}) => formatAttn(writeClauses(facts(next), options));

  it('a changed figure is news, and a correction when the editor says so', () => {
    const next = [FIRE[0].replace('about 300', 'about 350'), ...FIRE.slice(1)];
    expect(line(next)).toBe('(ATTN: UPDATES figures in lead)');
    expect(line(next, { correction: true })).toBe('(ATTN: CORRECTS figures in lead)');
  });

  it('the editor can give the content phrase', () => {
    expect(line([...FIRE, 'Police questioned two managers.'], { what: "police chief's remarks" })).toBe(
      "(ATTN: ADDS police chief's remarks last para)",
    );
  });

  it('an edited paragraph next to new ones is one UPDATES clause', () => {
    const next = [...FIRE.slice(0, 7), `${FIRE[7]} The warning was lifted at 8 p.m.`, 'Shares fell 3 percent.', 'The company apologized.'];
    expect(line(next)).toBe('(ATTN: UPDATES with more details from 8th para)');
  });

  it('a flash followed by the whole story adds details throughout', () => {
    const flash = fireLead([], { labelText: 'URGENT', headline: 'Fire at Ulsan chemical plant' });
    expect(writeAttn(diffLeads(flash, fireLead(FIRE, { labelText: 'LEAD' }))).line).toBe(
      '(ATTN: RECASTS headline; ADDS details throughout)',
    );
  });
});
