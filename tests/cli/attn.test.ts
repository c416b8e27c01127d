import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { runLeads } from '../helpers/cli.js';
import { SAMPLE_DIR, SAMPLE_STORY, commitSample, git, sampleLead, tempStore } from '../helpers/store.js';

const v = (n: number) => join(SAMPLE_DIR, `0${n}.txt`);
const dir = mkdtempSync(join(tmpdir(), 'leads-attn-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('leads attn', () => {
  it.each([
    [0, 1, '(ATTN: ADDS more details last 3 paras, byline)'],
    [1, 2, '(ATTN: RECASTS headline, lead; ADDS more details in paras 3-4, photo)'],
    [2, 3, '(ATTN: UPDATES figures in 5th para; RESTRUCTURES; TRIMS)'],
    [3, 4, "(ATTN: CORRECTS typo in 4th para; ADDS interior ministry's comments last 2 paras)"],
  ])('writes the line for lead %i -> %i of the sample story', (from, to, line) => {
    expect(runLeads(['attn', v(from), v(to)])).toEqual({ code: 0, stdout: `${line}\n`, stderr: '' });
  });

  it('--json gives the label, lead, line and clauses', () => {
    const json = JSON.parse(runLeads(['attn', v(3), v(4), '--json']).stdout);
    expect(json).toEqual({
      label: '4th LD',
      lead: 4,
      attn: "(ATTN: CORRECTS typo in 4th para; ADDS interior ministry's comments last 2 paras)",
      clauses: [
        { verb: 'CORRECTS', objects: [], what: 'typo', paragraphs: [4], where: 'in 4th para' },
        { verb: 'ADDS', objects: [], what: "interior ministry's comments", paragraphs: [9, 10], where: 'last 2 paras' },
      ],
    });
  });

  it('--style reuters, --what and --correction', () => {
    expect(runLeads(['attn', v(3), v(4), '--style', 'reuters', '--what', "minister's remarks"]).stdout).toBe(
      "(Corrects typo in paragraph 4, adds minister's remarks in last 2 paragraphs)\n",
    );
    expect(runLeads(['attn', v(2), v(3), '--correction']).stdout).toBe('(ATTN: CORRECTS figures in 5th para; RESTRUCTURES; TRIMS)\n');
  });

  it('--style FILE reads a house style', () => {
    const style = file('desk.json', JSON.stringify({ open: '(NOTE: ', verbs: { ADDS: 'INSERTS' } }));
    expect(runLeads(['attn', v(0), v(1), '--style', style]).stdout).toBe('(NOTE: INSERTS more details last 3 paras, byline)\n');
    const bad = file('bad.json', '{"verbCase": 3}');
    expect(runLeads(['attn', v(0), v(1), '--style', bad])).toMatchObject({
      code: 2,
      stderr: `leads: --style ${bad}: "verbCase" must be "upper" or "sentence"\n`,
    });
    expect(runLeads(['attn', v(0), v(1), '--style', 'ap']).stderr).toBe(
      'leads: --style ap: no such style; use yonhap, reuters, or a JSON file of your house style\n',
    );
  });

  it('identical leads: no line, a note, exit 1', () => {
    expect(runLeads(['attn', v(4), v(4)])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'leads: note: the two leads carry the same copy: no ATTN line\n',
    });
  });

  it('a story: the latest lead against the one before, and a first version has none', () => {
    const { leads } = tempStore();
    commitSample(leads, 2);
    expect(leads(['attn', SAMPLE_STORY]).stdout).toBe('(ATTN: RECASTS headline, lead; ADDS more details in paras 3-4, photo)\n');
    expect(leads(['attn', SAMPLE_STORY, '0'])).toEqual({ code: 0, stdout: '', stderr: 'leads: note: a first version carries no ATTN line\n' });
  });
});

describe('leads check', () => {
  it('accepts a right line and label: exit 0', () => {
    const result = runLeads(['check', v(4), '--against', v(3)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('ok: the label and ATTN line agree with the copy\n');
  });

  it('reports each wrong thing on its own line, and the suggested line: exit 1', () => {
    const wrong = file(
      'wrong.txt',
      sampleLead(4).replace('(4th LD) 2 hurt', '(5th LD) 2 hurt').replace(
        "(ATTN: CORRECTS typo in 4th para; ADDS interior ministry's comments last 2 paras)",
        "(ATTN: ADD interior ministry's comments in paras 8-10; CHANGES headline)",
      ),
    );
    const result = runLeads(['check', wrong, '--against', v(3)]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      'error: the label is 5th LD, but this is lead 4 after ' + v(3) + ': 4th LD',
      "style: 'ADD' is not house style: write ADDS",
      'error: para 8 is announced but did not change (it was there before)',
      'note: para 4 has a fixed typo that is not announced (fine for a light fix)',
      'error: the headline is announced as changed, but it is the same',
      "suggested: (ATTN: CORRECTS typo in 4th para; ADDS interior ministry's comments last 2 paras)",
      '',
    ]);
  });

  it.each([
    ["(ATTN: CORRECTS typo in 4th para; ADDS police comments last 2 paras)", 1, "error: 'police comments', but paras 9-10 carry interior ministry's comments"],
    ["(ATTN: CORRECTS typo in 4th para; ADDS vice minister's remarks last 2 paras)", 0, 'ok: the label and ATTN line agree with the copy'],
  ])('checks the source the line names: %s', (line, code, first) => {
    const draft = file(`source-${code}.txt`, sampleLead(4).replace("(ATTN: CORRECTS typo in 4th para; ADDS interior ministry's comments last 2 paras)", line));
    const result = runLeads(['check', draft, '--against', v(3)]);
    expect(result.code).toBe(code);
    expect(result.stdout.split('\n')[0]).toBe(first);
  });

  it("the usual round (show, edit, check): the previous lead's label is a note; any other wrong label an error", () => {
    const { leads } = tempStore();
    commitSample(leads, 3);
    // The draft still carries the 3rd LD's label; its copy is the 4th LD's.
    const round = file('round.txt', sampleLead(4).replaceAll('(4th LD)', '(3rd LD)'));
    const result = leads(['check', round, '--story', SAMPLE_STORY]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      "note: the label is still the previous lead's; commit makes it 4th LD",
      'ok: the label and ATTN line agree with the copy',
      '',
    ]);
    const skipped = leads(['check', file('skip.txt', sampleLead(4).replaceAll('(4th LD)', '(6th LD)')), '--story', SAMPLE_STORY]);
    expect(skipped.code).toBe(1);
    expect(skipped.stdout.split('\n')[0]).toBe(`error: the label is 6th LD, but this is lead 4 after ${SAMPLE_STORY} lead 3: 4th LD`);
  });

  it('checks against the latest lead of the story found by the slug', () => {
    const { leads } = tempStore();
    commitSample(leads, 3);
    const result = leads(['check', v(4), '--story', SAMPLE_STORY]);
    expect(result).toMatchObject({ code: 0, stdout: 'ok: the label and ATTN line agree with the copy\n' });
  });

  it.each([
    [['check', v(4)], /no store at/],
    [['check', v(4), '--story', 'x', '--against', v(3)], /give --story or --against, not both/],
    [['check', join(dir, 'missing.txt'), '--against', v(3)], /missing\.txt: no such file/],
  ])('bad input %j: exit 2', (args, message) => {
    const result = runLeads(args, { env: { LEADS_STORE: join(dir, 'no-store') } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('leads commit with the ATTN writer', () => {
  it('writes the line when the file has none, and replaces a stale one', () => {
    const { dir: store, leads } = tempStore();
    commitSample(leads, 0);
    const bare = file('no-attn.txt', sampleLead(1).replace(/^\(ATTN:.*\n/m, ''));
    expect(leads(['commit', bare, '--date', '2026-03-14T02:00:00Z']).stdout).toMatch(
      /^LEAD {2}s-korea-earthquake-20260314 {2}[0-9a-f]{7} {2}\(ATTN: ADDS more details last 3 paras, byline\)\n$/,
    );
    // The editor started from `leads show`: the LEAD's line is stale in the 2nd LD.
    const draft = leads(['show', SAMPLE_STORY]).stdout.replace('(END)', 'The KMA said more aftershocks were possible.\n\n(END)');
    const result = leads(['commit', '-', '--date', '2026-03-14T03:00:00Z'], draft);
    expect(result.stdout).toMatch(/\(ATTN: ADDS KMA comments last para\)\n$/);
    const message = git(store, 'log', '-1', '--format=%B', `refs/leads/${SAMPLE_STORY}`);
    expect(message).toContain('Attn-Source: leads\nAttn-Style: yonhap');
  });

  it('keeps a hand-written line that agrees, as written', () => {
    const { leads } = tempStore();
    commitSample(leads, 1);
    expect(leads(['log', SAMPLE_STORY, '--json']).stdout).toContain("(ATTN: ADDS aftershocks, residents' remarks last 3 paras; ADDS byline)");
  });

  it('refuses a hand-written line that disagrees: nothing written, the report, exit 1; then --fix-attn or --keep-attn', () => {
    const { dir: store, leads } = tempStore();
    commitSample(leads, 0);
    const before = git(store, 'rev-parse', `refs/leads/${SAMPLE_STORY}`);
    const wrong = file('wrong-attn.txt', sampleLead(1).replace('last 3 paras', 'last 2 paras'));
    const refused = leads(['commit', wrong, '--date', '2026-03-14T02:00:00Z']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.split('\n')).toEqual([
      'error: para 5 is new but not announced',
      'suggested: (ATTN: ADDS more details last 3 paras, byline)',
      'leads: the ATTN line in the file does not match the copy, so nothing was committed; re-run with --fix-attn to use the suggested line, or --keep-attn to keep yours',
      '',
    ]);
    expect(git(store, 'rev-parse', `refs/leads/${SAMPLE_STORY}`)).toBe(before);

    const fixed = leads(['commit', wrong, '--fix-attn', '--dry-run', '--print', '--date', '2026-03-14T02:00:00Z']);
    expect(parseArticle(fixed.stdout).attn).toBe('(ATTN: ADDS more details last 3 paras, byline)');
    const kept = leads(['commit', wrong, '--keep-attn', '--date', '2026-03-14T02:00:00Z']);
    expect(kept.stdout).toMatch(/\(ATTN: ADDS aftershocks, residents' remarks last 2 paras; ADDS byline\)\n$/);
    expect(git(store, 'log', '-1', '--format=%B', `refs/leads/${SAMPLE_STORY}`)).toContain('Attn-Source: editor');
  });

  it('--correction is kept in the trailers', () => {
    const { dir: store, leads } = tempStore();
    commitSample(leads, 2);
    const draft = file('fix.txt', sampleLead(3).replace(/^\(ATTN:.*\n/m, ''));
    expect(leads(['commit', draft, '--correction', '--date', '2026-03-14T04:00:00Z']).stdout).toContain('CORRECTS figures in 5th para');
    expect(git(store, 'log', '-1', '--format=%B', `refs/leads/${SAMPLE_STORY}`)).toContain('Correction: yes');
  });
});
