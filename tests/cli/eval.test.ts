import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runLeads } from '../helpers/cli.js';

const CASES = join(REPO_ROOT, 'tests/attn/cases');
const PAIR = join(CASES, 'ministry-comments-last-3');

/** A case folder: the ministry pair's prev.txt and next.txt unless told otherwise, and meta.json as given. */
function addCase(root: string, name: string, files: { meta?: string; prev?: string | null; next?: string | null }): void {
  const dir = join(root, name);
  mkdirSync(dir);
  if (files.meta !== undefined) writeFileSync(join(dir, 'meta.json'), files.meta);
  for (const side of ['prev', 'next'] as const) {
    const text = files[side];
    if (text === undefined) copyFileSync(join(PAIR, `${side}.txt`), join(dir, `${side}.txt`));
    else if (text !== null) writeFileSync(join(dir, `${side}.txt`), text);
  }
}

const meta = (attn: string, extra: object = {}) => JSON.stringify({ attn_next: attn, ...extra });

describe('leads eval', () => {
  it('judges the content phrase, and counts a case it cannot read as failed', () => {
    const root = mkdtempSync(join(tmpdir(), 'leads-eval-'));
    const desk = "(ATTN: ADDS environment ministry's comments last 3 paras)";
    const prosecutors = "(ATTN: ADDS prosecutors' comments last 3 paras)";
    const officials = '(ATTN: ADDS comments by environment officials last 3 paras)';
    addCase(root, 'a-agrees', { meta: meta(desk) });
    addCase(root, 'b-wrong-source', { meta: meta(prosecutors) });
    addCase(root, 'c-alias', { meta: meta(officials, { what_aliases: ["ministry's remarks"] }) });
    addCase(root, 'd-no-meta', {});
    addCase(root, 'e-bad-json', { meta: '{"attn_next": ' });
    addCase(root, 'f-no-next', { meta: meta(desk), next: null });
    addCase(root, 'g-empty-prev', { meta: meta(desk), prev: ' \n\n' });
    addCase(root, 'h-bad-aliases', { meta: meta(desk, { what_aliases: "ministry's remarks" }) });
    addCase(root, 'i-bad-line', { meta: JSON.stringify({ attn_next: 3 }) });

    // The writer is not what this test is about: take its line as it stands.
    const generated = runLeads(['attn', join(PAIR, 'prev.txt'), join(PAIR, 'next.txt')]).stdout.trimEnd();
    const unreadable = (name: string) => `${name}\n  unreadable, counted as failed\n`;
    const judged = (name: string, published: string, what: string) =>
      `${name}\n  published  ${published}\n  generated  ${generated}\n  verbs yes  elements yes  positions yes  what ${what}\n`;

    const result = runLeads(['eval', root]);
    expect(result.stdout).toBe(
      judged('a-agrees', desk, 'yes') +
        judged('b-wrong-source', prosecutors, 'NO') +
        judged('c-alias', officials, 'yes') +
        unreadable('d-no-meta') +
        unreadable('e-bad-json') +
        unreadable('f-no-next') +
        unreadable('g-empty-prev') +
        unreadable('h-bad-aliases') +
        unreadable('i-bad-line') +
        '\n9 cases: verbs 33.3%, elements 33.3%, positions 33.3%, what 22.2%, all four 22.2%\n',
    );
    expect(result.stderr.split('\n')).toEqual([
      'leads: d-no-meta: counted as failed: meta.json: no such file; a case folder holds prev.txt, next.txt and meta.json',
      expect.stringMatching(/^leads: e-bad-json: counted as failed: meta\.json is not valid JSON \(.+\); fix it or move the folder out$/),
      'leads: f-no-next: counted as failed: next.txt: no such file; a case folder holds prev.txt, next.txt and meta.json',
      'leads: g-empty-prev: counted as failed: prev.txt: the text is empty (nothing but whitespace); give the file that holds the lead',
      'leads: h-bad-aliases: counted as failed: meta.json: what_aliases must be a list of content phrases (strings)',
      'leads: i-bad-line: counted as failed: meta.json: attn_next must be the published ATTN line (a string) or null',
      '',
    ]);
    expect(result.code).toBe(0);

    const judgedAtMin = runLeads(['eval', root, '--min', '100']);
    expect(judgedAtMin.code).toBe(1);
    expect(judgedAtMin.stderr.trimEnd().split('\n').at(-1)).toBe('leads: agreement 22.2% is below --min 100%');
  });

  it('fails --min when the only case is unreadable, instead of finding no cases', () => {
    const root = mkdtempSync(join(tmpdir(), 'leads-eval-'));
    addCase(root, 'only', { meta: '[]' });
    const result = runLeads(['eval', root, '--min', '100']);
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('1 cases: verbs 0.0%, elements 0.0%, positions 0.0%, what 0.0%, all four 0.0%');
    expect(result.stderr).toBe(
      'leads: only: counted as failed: meta.json must hold an object with attn_next, the published ATTN line\n' +
        'leads: agreement 0.0% is below --min 100%\n',
    );
  });

  it('refuses a folder without case folders with exit 2 and one line', () => {
    const result = runLeads(['eval', mkdtempSync(join(tmpdir(), 'leads-eval-'))]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^leads: .+ holds no case folders.*\n$/);
  });
});
