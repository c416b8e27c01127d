import { describe, expect, it } from 'vitest';
import { parseLeadLabel } from '../../src/article/label.js';
import { renderArticle } from '../../src/article/render.js';
import { numberLeads, planCommit, planImport, planLead, type CommitInput, type ImportFile } from '../../src/store/plan.js';
import { FIRE, FIRE_HEADLINE, fireLead } from '../fixtures/story.js';

const previous = (lead: number, fields = {}) => ({ lead, article: fireLead(FIRE, { labelText: lead === 1 ? 'LEAD' : undefined, ...fields }) });
const more = [...FIRE, 'Police questioned two plant managers on Wednesday.'];

describe('planLead', () => {
  it('a first version gets no label and no ATTN line', () => {
    const plan = planLead(fireLead(FIRE, { attn: '(ATTN: ADDS byline)' }), null);
    expect(plan).toMatchObject({ lead: 0, label: null, attn: null, identical: false });
    expect(plan.notes).toEqual(['a first version carries no ATTN line: dropped (ATTN: ADDS byline)']);
  });

  it('keeps a flash URGENT label on a first version', () => {
    expect(planLead(fireLead(FIRE, { labelText: 'URGENT' }), null).label?.text).toBe('URGENT');
  });

  it('labels the next lead from the store, quietly replacing a stale label', () => {
    const plan = planLead(fireLead(more, { labelText: 'LEAD' }), previous(1));
    expect(plan.label?.text).toBe('2nd LD');
    expect(plan.notes).toEqual([]);
    expect(plan.text.split('\n')[0]).toBe('(2nd LD) S Korea-plant fire');
  });

  it('replaces a wrong label with a note', () => {
    const plan = planLead(fireLead(more, { labelText: '5th LD' }), previous(1));
    expect(plan.label?.text).toBe('2nd LD');
    expect(plan.notes).toEqual(['the file is labelled 5th LD, but this is lead 2: labelled 2nd LD']);
  });

  it('keeps an agency label form while renumbering', () => {
    expect(planLead(fireLead(more, { labelText: '1st LD-Writethru' }), previous(1)).label?.text).toBe('2nd LD-Writethru');
  });

  it('drops an ATTN line carried over from the previous lead and keeps a new one', () => {
    const attn = '(ATTN: ADDS byline)';
    expect(planLead(fireLead(more, { attn }), previous(1, { attn })).attn).toBeNull();
    const fresh = '(ATTN: ADDS police questioning in last para)';
    expect(planLead(fireLead(more, { attn: fresh }), previous(1, { attn })).attn).toBe(fresh);
  });

  it('uses the ATTN writer when the file has no new line', () => {
    expect(planLead(fireLead(more), previous(1), '(ATTN: ADDS details in last para)').attn).toBe(
      '(ATTN: ADDS details in last para)',
    );
  });

  it('finds a lead identical to the previous one, whatever its label and ATTN say', () => {
    const plan = planLead(fireLead(FIRE, { labelText: '2nd LD', attn: '(ATTN: UPDATES)' }), previous(1));
    expect(plan.identical).toBe(true);
  });

  it('renders the lead with the regenerated label in place', () => {
    const plan = planLead(fireLead(more, { label: parseLeadLabel('LEAD') }), previous(1));
    expect(plan.text).toContain('(2nd LD) Fire at Ulsan chemical plant');
  });
});

// Plans are values: each case below hands planCommit what the store holds,
// the writer's line and the checker's verdict as plain data, and reads the plan.
const STORY = 's-korea-plant-fire-20261103';
const MOVED = '2026-11-03T05:00:00+00:00';
const NEXT_TIME = new Date('2026-11-03T06:00:00Z');
const WRITTEN = '(ATTN: ADDS police questioning in last para)';
const tip = (fields = {}) => ({ commit: 'c0ffee1', time: MOVED, ...previous(1, fields) });
const commitInput = (fields: Partial<CommitInput>): CommitInput => ({
  draft: fireLead(more),
  target: { kind: 'recent', story: STORY, tip: tip() },
  new: false,
  time: NEXT_TIME,
  written: WRITTEN,
  check: null,
  handAttn: 'check',
  style: 'yonhap',
  correction: false,
  ...fields,
});
const disagrees = { agrees: false, ok: false, findings: [{ severity: 'error', message: 'para 9 is new but not announced' }] } as const;
const HAND = '(ATTN: ADDS details in 3rd para)';

describe('planCommit', () => {
  it('a new story: the first version under a fresh dated id, no label, no ATTN line, the story announced', () => {
    const plan = planCommit(commitInput({ draft: fireLead(FIRE), target: { kind: 'fresh', story: STORY }, written: null }));
    expect(plan).toMatchObject({ kind: 'commit', story: STORY, isNew: true, parent: null, written: null, findings: [], trailers: {} });
    if (plan.kind !== 'commit') return;
    expect(plan.lead).toMatchObject({ lead: 0, label: null, attn: null, attnSource: 'none' });
    expect(plan.notes).toEqual([`new story ${STORY}`]);
    expect(plan.write).toEqual({
      text: plan.lead.text,
      time: NEXT_TIME,
      message: { lead: 0, story: STORY, label: null, headline: FIRE_HEADLINE, slug: 'S Korea-plant fire', attn: null, extra: {} },
    });
  });

  it("the next lead of the story its slug continues: the next label, the writer's line, trailers saying so", () => {
    const plan = planCommit(commitInput({}));
    expect(plan).toMatchObject({ kind: 'commit', story: STORY, isNew: false, parent: 'c0ffee1', written: WRITTEN, notes: [] });
    if (plan.kind !== 'commit') return;
    expect(plan.lead).toMatchObject({ lead: 2, attn: WRITTEN, attnSource: 'writer' });
    expect(plan.lead.label?.text).toBe('2nd LD');
    expect(plan.trailers).toEqual({ 'Attn-Source': 'leads', 'Attn-Style': 'yonhap' });
    expect(plan.write.message).toMatchObject({ lead: 2, label: '2nd LD', attn: WRITTEN, extra: plan.trailers });
    expect(plan.write.text.split('\n')[0]).toBe('(2nd LD) S Korea-plant fire');
  });

  it('keeps a hand-written line the checker agrees with, with its findings and the house style named', () => {
    const agrees = { agrees: true, ok: false, findings: [{ severity: 'style', message: "'ADD' is not house style: write ADDS" }] } as const;
    const plan = planCommit(commitInput({ draft: fireLead(more, { attn: HAND }), check: agrees, style: 'reuters', correction: true }));
    expect(plan).toMatchObject({ kind: 'commit', findings: agrees.findings, trailers: { 'Attn-Source': 'editor', 'Attn-Style': 'reuters', Correction: 'yes' } });
    if (plan.kind === 'commit') expect(plan.lead).toMatchObject({ attn: HAND, attnSource: 'hand' });
  });

  it('refuses a hand-written line the checker disagrees with, suggesting the writer\'s', () => {
    expect(planCommit(commitInput({ draft: fireLead(more, { attn: HAND }), check: disagrees }))).toEqual({
      kind: 'refused',
      refusal: { reason: 'attn-disagrees', findings: disagrees.findings, suggested: WRITTEN },
    });
  });

  it("--fix-attn puts the writer's line in place of a disagreeing one", () => {
    const plan = planCommit(commitInput({ draft: fireLead(more, { attn: HAND }), check: disagrees, handAttn: 'fix' }));
    expect(plan).toMatchObject({ kind: 'commit', findings: [], trailers: { 'Attn-Source': 'leads' } });
    if (plan.kind === 'commit') expect(plan.lead).toMatchObject({ attn: WRITTEN, attnSource: 'writer' });
  });

  it('--keep-attn keeps a disagreeing line unchecked', () => {
    const plan = planCommit(commitInput({ draft: fireLead(more, { attn: HAND }), check: disagrees, handAttn: 'keep' }));
    expect(plan).toMatchObject({ kind: 'commit', findings: [], trailers: { 'Attn-Source': 'editor' } });
    if (plan.kind === 'commit') expect(plan.lead).toMatchObject({ attn: HAND, attnSource: 'hand' });
  });

  it('refuses copy identical to the latest lead, whatever its label and ATTN line', () => {
    const draft = fireLead(FIRE, { labelText: '2nd LD', attn: HAND });
    expect(planCommit(commitInput({ draft, written: null, check: { agrees: true, ok: true, findings: [] } }))).toEqual({
      kind: 'refused',
      refusal: { reason: 'identical', story: STORY, previous: 1 },
    });
  });

  it('refuses --new on a named story that exists, and a time before the lead it follows', () => {
    expect(planCommit(commitInput({ target: { kind: 'named', story: STORY, tip: tip() }, new: true }))).toEqual({
      kind: 'refused',
      refusal: { reason: 'story-exists', story: STORY },
    });
    expect(planCommit(commitInput({ time: new Date('2026-11-03T04:59:59Z') }))).toEqual({
      kind: 'refused',
      refusal: { reason: 'before-previous', story: STORY, previous: 1 },
    });
  });

  it('a named story that does not exist yet is a new story', () => {
    const plan = planCommit(commitInput({ draft: fireLead(FIRE), target: { kind: 'named', story: 'plant-fire', tip: null }, new: true, written: null }));
    expect(plan).toMatchObject({ kind: 'commit', story: 'plant-fire', isNew: true, parent: null, notes: ['new story plant-fire'] });
  });
});

/** The clock when the archives below are imported: after every lead in them. */
const IMPORTED_AT = new Date('2026-11-04T00:00:00Z');

describe('planImport', () => {
  // A folder of three leads as published, the middle file unreadable; leads' line and check fed in as data.
  const first = fireLead(FIRE);
  const second = fireLead(more, { labelText: 'LEAD', attn: HAND });
  const at = (hour: number) => new Date(Date.UTC(2026, 10, 3, hour));
  const folder: ImportFile[] = [
    { file: '00.txt', text: renderArticle(first), article: first, time: at(1), written: null, check: null },
    { file: '01.txt', unreadable: 'the text is empty (nothing but whitespace)' },
    { file: '02.txt', text: renderArticle(second), article: second, time: at(2), written: WRITTEN, check: disagrees },
  ];

  it('imports a folder of leads as published, with what leads wrote and found in trailers', () => {
    const plan = planImport({ story: STORY, now: IMPORTED_AT, stored: [], files: folder });
    expect(plan).toMatchObject({ story: STORY, parent: null, refusal: null });
    expect(plan.entries).toEqual([
      { file: '00.txt', outcome: 'new', lead: 0, findings: [] },
      { file: '01.txt', outcome: 'unreadable', reason: 'the text is empty (nothing but whitespace)' },
      { file: '02.txt', outcome: 'new', lead: 1, findings: disagrees.findings },
    ]);
    expect(plan.leads).toEqual([
      {
        text: renderArticle(first),
        time: at(1),
        message: { lead: 0, story: STORY, label: null, headline: FIRE_HEADLINE, slug: 'S Korea-plant fire', attn: null, extra: { 'Imported-From': '00.txt' } },
      },
      {
        text: renderArticle(second),
        time: at(2),
        message: {
          lead: 1,
          story: STORY,
          label: 'LEAD',
          headline: FIRE_HEADLINE,
          slug: 'S Korea-plant fire',
          attn: HAND,
          extra: { 'Imported-From': '02.txt', 'Leads-Attn': WRITTEN, 'Leads-Check': 'disagrees; para 9 is new but not announced' },
        },
      },
    ]);
  });

  it.each([
    ['a clean agreement', { agrees: true, ok: true, findings: [] }, 'agrees'],
    [
      'an agreement with a style finding after a note',
      { agrees: true, ok: false, findings: [{ severity: 'note', message: 'a typo fixed' }, { severity: 'style', message: 'write ADDS' }] },
      'agrees; write ADDS',
    ],
  ] as const)('the check trailer of %s', (_name, check, trailer) => {
    const files = [folder[0]!, { ...folder[2]!, check } as ImportFile];
    expect(planImport({ story: STORY, now: IMPORTED_AT, stored: [], files }).leads[1]!.message.extra).toMatchObject({ 'Leads-Check': trailer });
  });

  it.each([
    ['a lead later than the clock', [at(1), new Date('2099-01-01T00:00:00Z')], { reason: 'time-in-future', file: '02.txt', after: null }],
    ['a lead before the one it follows', [at(5), at(2)], { reason: 'time-goes-back', file: '02.txt', after: at(5) }],
  ] as const)('refuses a story with %s: every later commit to it would be refused', (_name, [t0, t2], refusal) => {
    const files = [{ ...folder[0]!, time: t0 }, folder[1]!, { ...folder[2]!, time: t2 }] as ImportFile[];
    expect(planImport({ story: STORY, now: IMPORTED_AT, stored: [], files })).toMatchObject({ leads: [], refusal: { ...refusal, left: 2 } });
  });

  it('allows a minute of clock skew, and refuses a lead before the stored one it follows', () => {
    const ahead = new Date(IMPORTED_AT.getTime() + 59_000);
    expect(planImport({ story: STORY, now: IMPORTED_AT, stored: [], files: [{ ...folder[0]!, time: ahead } as ImportFile] }).refusal).toBeNull();
    const stored = [{ commit: 'c0ffee1', lead: 0, text: renderArticle(first), time: at(3) }];
    expect(planImport({ story: STORY, now: IMPORTED_AT, stored, files: folder }).refusal).toMatchObject({ reason: 'time-goes-back', file: '02.txt' });
  });

  it('skips the leads already stored and plans the rest after them', () => {
    const plan = planImport({ story: STORY, now: IMPORTED_AT, stored: [{ commit: 'c0ffee1', lead: 0, text: renderArticle(first) }], files: folder });
    expect(plan).toMatchObject({ parent: 'c0ffee1', refusal: null });
    expect(plan.entries.map((entry) => entry.outcome)).toEqual(['stored', 'unreadable', 'new']);
    expect(plan.leads.map((lead) => lead.message.lead)).toEqual([1]);
  });

  it('refuses to go on past a stored lead that differs from its file, and plans no write', () => {
    const stored = [
      { commit: 'c0ffee1', lead: 0, text: renderArticle(first) },
      { commit: 'c0ffee2', lead: 1, text: renderArticle(fireLead(FIRE, { labelText: 'LEAD' })) },
    ];
    expect(planImport({ story: STORY, now: IMPORTED_AT, stored, files: folder })).toEqual({
      story: STORY,
      parent: 'c0ffee2',
      entries: [
        { file: '00.txt', outcome: 'stored', lead: 0 },
        { file: '01.txt', outcome: 'unreadable', reason: 'the text is empty (nothing but whitespace)' },
      ],
      leads: [],
      refusal: { reason: 'history-differs', lead: 1, file: '02.txt', left: 1 },
    });
  });

  // A lead of the fire story as an archive keeps it: its label, and a paragraph more for each lead after the first.
  const archived = (file: string, labelText?: string, extra = 0): ImportFile => {
    const article = fireLead([...FIRE, ...Array.from({ length: extra }, (_, k) => `Update ${k + 1} on the fire came in.`)], labelText ? { labelText } : {});
    return { file, text: renderArticle(article), article, time: at(1 + extra), written: null, check: null };
  };

  it('numbers leads from their labels, keeping gaps as gaps', () => {
    const files = [archived('00.txt'), archived('01.txt', 'LEAD', 1), archived('02.txt', '3rd LD', 1)];
    const plan = planImport({ story: STORY, now: IMPORTED_AT, stored: [], files });
    expect(plan.refusal).toBeNull();
    expect(plan.entries.map((entry) => 'lead' in entry && entry.lead)).toEqual([0, 1, 3]);
    expect(plan.leads.map((lead) => [lead.message.lead, lead.message.label])).toEqual([
      [0, null],
      [1, 'LEAD'],
      [3, '3rd LD'],
    ]);
  });

  it('matches stored leads by number, not by position, on a re-import', () => {
    const files = [archived('02.txt', '2nd LD'), archived('03.txt', '3rd LD', 1)];
    const stored = files.map((file, k) => ({ commit: `c0ffee${k}`, lead: k + 2, text: (file as { text: string }).text }));
    const plan = planImport({ story: STORY, now: IMPORTED_AT, stored, files: [...files, archived('04.txt', '4th LD', 2)] });
    expect(plan.entries.map((entry) => [entry.outcome, 'lead' in entry && entry.lead])).toEqual([
      ['stored', 2],
      ['stored', 3],
      ['new', 4],
    ]);
    expect(plan).toMatchObject({ parent: 'c0ffee1', refusal: null });
  });

  it('refuses a lead the store lacks below its latest: it cannot go in under later ones', () => {
    const files = [archived('00.txt'), archived('02.txt', '2nd LD', 1)];
    const stored = [
      { commit: 'c0ffee0', lead: 0, text: (files[0] as { text: string }).text },
      { commit: 'c0ffee3', lead: 3, text: renderArticle(fireLead(more, { labelText: '3rd LD' })) },
    ];
    expect(planImport({ story: STORY, now: IMPORTED_AT, stored, files })).toMatchObject({
      leads: [],
      refusal: { reason: 'store-lacks', lead: 2, file: '02.txt', label: '2nd LD', latest: 3, left: 1 },
    });
  });

  it.each([
    ['a repeated label', ['LEAD', 'LEAD'], 'label-repeats'],
    ['a label below the one before', ['3rd LD', '2nd LD'], 'labels-contradict'],
  ] as const)('refuses the whole story on %s, still reporting unreadable files', (_name, labels, reason) => {
    const files = [archived('00.txt'), folder[1]!, archived('01.txt', labels[0], 1), archived('02.txt', labels[1], 2)];
    const plan = planImport({ story: STORY, now: IMPORTED_AT, stored: [], files });
    expect(plan.entries).toEqual([{ file: '01.txt', outcome: 'unreadable', reason: 'the text is empty (nothing but whitespace)' }]);
    expect(plan.leads).toEqual([]);
    expect(plan.refusal).toMatchObject({ reason, file: { file: '02.txt', label: labels[1] }, after: { file: '01.txt', label: labels[0] }, left: 3 });
  });
});

describe('numberLeads', () => {
  const number = (labels: readonly (string | null)[]) =>
    numberLeads(labels.map((label, k) => ({ file: `0${k}.txt`, label: label === null ? null : parseLeadLabel(label) })));

  it.each([
    ['a first version alone', [null], [0]],
    ['a full run', [null, 'LEAD', '2nd LD'], [0, 1, 2]],
    ['a gap', [null, 'LEAD', '3rd LD'], [0, 1, 3]],
    ['an archive that starts mid-story', ['2nd LD', '3rd LD', '4th LD'], [2, 3, 4]],
    ['unlabelled files after the first', [null, null, null], [0, 1, 2]],
    ['an unlabelled file after a label', ['LEAD', null], [1, 2]],
    ['an unlabelled file after a gap', [null, '3rd LD', null], [0, 3, 4]],
    ['a flash, then the full story', ['URGENT', null], [0, 1]],
    ['Xinhua writethru labels', ['1st LD-Writethru', '2nd LD-Writethru'], [1, 2]],
    ['Reuters UPDATE prefixes', ['UPDATE 2', 'UPDATE 5'], [2, 5]],
  ] as const)('%s', (_name, labels, leads) => {
    expect(number(labels)).toEqual({ leads: leads.map((lead, k) => expect.objectContaining({ file: `0${k}.txt`, lead })) });
  });

  it.each([
    ['a re-sent LEAD', [null, 'LEAD', 'LEAD'], 'label-repeats', { lead: 1, label: 'LEAD' }, { lead: 1, label: 'LEAD' }],
    ['a 2nd LD after a 3rd LD', ['LEAD', '3rd LD', '2nd LD'], 'labels-contradict', { lead: 3, label: '3rd LD' }, { lead: 2, label: '2nd LD' }],
    ['a LEAD where an unlabelled file already took 1', [null, null, 'LEAD'], 'label-repeats', { lead: 1, label: null }, { lead: 1, label: 'LEAD' }],
    ['a flash after the first version', [null, 'URGENT'], 'label-repeats', { lead: 0, label: null }, { lead: 0, label: 'URGENT' }],
  ] as const)('refuses %s, naming both files', (_name, labels, reason, after, file) => {
    const at = labels.length - 1;
    expect(number(labels)).toEqual({
      refusal: { reason, after: { file: `0${at - 1}.txt`, ...after }, file: { file: `0${at}.txt`, ...file } },
    });
  });
});
