import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { checkAttn } from '../../src/attn/check.js';
import { changeFacts } from '../../src/attn/facts.js';
import { diffLeads } from '../../src/diff/lead-diff.js';
import { FIRE, fireLead } from '../fixtures/story.js';
import { REPO_ROOT } from '../helpers/cli.js';

const F = FIRE;
// The LEAD -> 2nd LD of the table: paras 4 and 7 edited, 6 and 8 new, a byline added.
const p4 = F[3].replace('at a local hospital.', 'at a local hospital and released in the evening.');
const p7 = F[5].replace('forensic service.', 'forensic service on Wednesday.');
const next = [F[0], F[1], F[2], p4, F[4], 'The fire was the third at a chemical plant in Ulsan this year.', p7, 'Labor unions have called for tighter checks.', F[6], F[7]];
const facts = changeFacts(diffLeads(fireLead(F), fireLead(next, { byline: 'Kang Ji-won' })));
const tail = changeFacts(diffLeads(fireLead(F), fireLead([...F, 'Police questioned two managers.', 'The company apologized.', 'Shares fell 3 percent.'])));

describe('checkAttn: equivalent variants are accepted', () => {
  it.each([
    '(ATTN: UPDATES with more details in paras 4, 6-8; ADDS byline)',
    '(ATTN: ADDS byline; UPDATES paras 4, 6, 7, 8)',
    '(ATTN: UPDATES with union demands in 4th, 6th, 7th, 8th paras, ADDS byline)',
    '(ATTN: UPDATES in paras 4, 6-8; ADDS new info in para 6, byline)',
  ])('%s', (line) => {
    const result = checkAttn(line, facts);
    expect(result.findings.filter((f) => f.severity !== 'note')).toEqual([]);
    expect(result.agrees).toBe(true);
  });

  it.each(['(ATTN: ADDS details last 3 paras)', '(ATTN: ADDS details last three paras)', '(ATTN: ADDS details in paras 9-11)', '(ATTN: ADDS details from 9th para)'])(
    'tail additions: %s',
    (line) => {
      expect(checkAttn(line, tail).agrees).toBe(true);
    },
  );
});

describe('checkAttn: near misses are refused', () => {
  it.each([
    ['(ATTN: UPDATES with more details in paras 4, 6-9; ADDS byline)', 'para 9 is announced but did not change (it is old para 7, pushed down by the changes around it)'],
    ['(ATTN: UPDATES with more details in paras 4, 6-7; ADDS byline)', 'para 8 is new but not announced'],
    ['(ATTN: UPDATES with more details in paras 4, 6-8)', 'the byline changed but is not announced'],
    ['(ATTN: UPDATES with more details in paras 4, 6-8; ADDS byline; CHANGES headline)', 'the headline is announced as changed, but it is the same'],
    ['(ATTN: ADDS more details in paras 4, 6-8; ADDS byline)', 'para 4 is announced as new (ADDS), but it is an old paragraph that changed: UPDATES'],
    ['(ATTN: UPDATES throughout; ADDS byline)', "'throughout', but only 4 of 10 paragraphs changed: give their positions"],
    ['(ATTN: UPDATES with more details in paras 4, 6-8; ADDS byline, photo)', 'the photo is announced as changed, but it is the same'],
  ])('%s', (line, message) => {
    const result = checkAttn(line, facts);
    if (message === null) {
      // 4 of 10 paragraphs changed: 'throughout' is loose but not below a third.
      expect(result.agrees).toBe(true);
      return;
    }
    expect(result.agrees).toBe(false);
    expect(result.findings.map((f) => f.message)).toContain(message);
  });

  it("a loose range: 'paras 3-6' where 3-5 are new and 6 is an old paragraph pushed down (wire-style section 5)", () => {
    const inserted = changeFacts(diffLeads(fireLead(F), fireLead([F[0], F[1], 'New A.', 'New B came later.', 'New C was said.', ...F.slice(2)])));
    const result = checkAttn('(ATTN: ADDS details in paras 3-6)', inserted);
    expect(result.agrees).toBe(false);
    expect(result.findings.map((f) => f.message)).toEqual([
      'para 6 is announced but did not change (it is old para 3, pushed down by the changes around it)',
    ]);
    expect(checkAttn('(ATTN: ADDS details in paras 3-5)', inserted).agrees).toBe(true);
  });

  it('throughout for two changed paragraphs of ten', () => {
    const result = checkAttn('(ATTN: UPDATES throughout)', tail);
    expect(result.findings.map((f) => f.message)).toContain("'throughout', but only 3 of 11 paragraphs changed: give their positions");
  });

  it('a misspelled verb is a style finding: the facts agree, the line is not ok', () => {
    const result = checkAttn('(ATTN: ADD details last 3 paras)', tail);
    expect(result).toMatchObject({ agrees: true, ok: false });
    expect(result.findings).toEqual([{ severity: 'style', message: "'ADD' is not house style: write ADDS" }]);
  });

  it('a missing line for a changed lead, and a line for unchanged copy', () => {
    expect(checkAttn(null, tail).findings).toEqual([{ severity: 'error', message: 'the lead changed but carries no ATTN line' }]);
    const same = changeFacts(diffLeads(fireLead(F), fireLead(F)));
    expect(checkAttn('(ATTN: ADDS byline)', same).agrees).toBe(false);
  });

  it('an unannounced typo fix is only a note', () => {
    const typo = changeFacts(diffLeads(fireLead([F[0], F[1].replace('warehouses', 'warehouse'), ...F.slice(2)]), fireLead(F)));
    const result = checkAttn(null, typo);
    expect(result).toMatchObject({ agrees: true, ok: true });
    expect(result.findings.map((f) => f.severity)).toEqual(['note']);
    const withOther = checkAttn('(ATTN: UPDATES with more details in 3rd para)', typo);
    expect(withOther.findings.some((f) => f.message === 'para 3 is announced but did not change (it was there before)')).toBe(true);
  });
});

describe('checkAttn: the content phrase against the sources of the paragraphs it announces', () => {
  const CASES = join(REPO_ROOT, 'tests/attn/cases');
  const cases = readdirSync(CASES).map((name) => {
    const read = (file: string) => readFileSync(join(CASES, name, file));
    const meta = JSON.parse(read('meta.json').toString()) as { attn_next: string; wrong_source?: { line: string; real_source: string } };
    return { name, meta, facts: changeFacts(diffLeads(parseArticle(read('prev.txt')), parseArticle(read('next.txt')))) };
  });

  it.each(cases.map((c) => [c.name, c] as const))("the desk's own line passes: %s", (_name, { meta, facts }) => {
    expect(checkAttn(meta.attn_next, facts).findings.filter((f) => f.severity !== 'note')).toEqual([]);
  });

  it.each(cases.filter((c) => c.meta.wrong_source).map((c) => [c.name, c] as const))(
    'a wrong source is an error that names the real one: %s',
    (_name, { meta, facts }) => {
      const result = checkAttn(meta.wrong_source!.line, facts);
      expect(result.agrees).toBe(false);
      const errors = result.findings.filter((f) => f.severity === 'error').map((f) => f.message.toLowerCase());
      expect(errors.some((m) => m.includes(meta.wrong_source!.real_source.toLowerCase()))).toBe(true);
    },
  );

  const lawyer = changeFacts(
    diffLeads(
      fireLead(F),
      fireLead([
        ...F,
        "The plant manager's lawyer, Seo Jin-ho, told reporters his client had followed every safety rule.",
        '"My client kept the storage logs up to date," Seo said.',
      ]),
    ),
  );
  it.each([
    ["(ATTN: ADDS lawyer's comments last 2 paras)", []],
    ["(ATTN: ADDS defense lawyer's remarks last 2 paras)", []],
    ["(ATTN: ADDS Seo's comments in paras 9-10)", []],
    ["(ATTN: ADDS prosecutors' comments last 2 paras)", ["error: 'prosecutors' comments', but paras 9-10 carry lawyer's remarks"]],
    ['(ATTN: ADDS background last 2 paras)', ["note: cannot check 'background' against paras 9-10, which carry lawyer's remarks"]],
    ['(ATTN: ADDS more details last 2 paras)', []],
  ])('%s', (line, findings) => {
    expect(checkAttn(line, lawyer).findings.map((f) => `${f.severity}: ${f.message}`)).toEqual(findings);
  });
});
