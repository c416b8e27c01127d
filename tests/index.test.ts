import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as leads from '../src/index.js';
import type {
  Article,
  ArticleErrorCode,
  ArticleJson,
  AttnElement,
  AttnOptions,
  Author,
  ChangeFacts,
  CheckResult,
  Clause,
  Dateline,
  ElementChange,
  ExportedLead,
  Finding,
  HouseStyle,
  HtmlOptions,
  KeptLead,
  LabelForm,
  LeadDiff,
  LeadLabel,
  LeadMessage,
  LeadRecord,
  NewLead,
  NinjsItem,
  ParagraphChange,
  PullReport,
  PushReport,
  Severity,
  Store,
  StoreErrorKind,
  StoryLead,
  StorySummary,
  TerminalOptions,
  Verb,
  Where,
  WrittenAttn,
} from '../src/index.js';
import { SCRAPED_LEAD } from './fixtures/articles.js';
import { REPO_ROOT, runLeads } from './helpers/cli.js';
import { git, SAMPLE_DIR, sampleLead } from './helpers/store.js';

/** The values the library exports: the README's Library section names each, and nothing else is public. */
const VALUES = [
  'ArticleError', 'EMPTY_ARTICLE', 'MAX_ARTICLE_BYTES', 'REUTERS', 'STYLES', 'Store', 'StoreError', 'YONHAP',
  'articleToJson', 'checkAttn', 'datedStoryId', 'diffLeads', 'formatHtml', 'formatJson', 'formatStat', 'formatTerminal',
  'formatUnified', 'hasChanges', 'isStoryId', 'labelFor', 'parseArticle', 'relabel', 'renderArticle', 'slugToId',
  'styleFromJson', 'toNewsItemDocument', 'toNewsMessage', 'toNinjs', 'writeAttn',
];

/** The types it exports (the import above fails to compile when one goes), named in the README too. */
type Types = [
  Article, ArticleErrorCode, ArticleJson, AttnElement, AttnOptions, Author, ChangeFacts, CheckResult, Clause, Dateline,
  ElementChange, ExportedLead, Finding, HouseStyle, HtmlOptions, KeptLead, LabelForm, LeadDiff, LeadLabel, LeadMessage,
  LeadRecord, NewLead, NinjsItem, ParagraphChange, PullReport, PushReport, Severity, StoreErrorKind, StoryLead,
  StorySummary, TerminalOptions, Verb, Where, WrittenAttn,
];
const TYPES = [
  'Article', 'ArticleErrorCode', 'ArticleJson', 'AttnElement', 'AttnOptions', 'Author', 'ChangeFacts', 'CheckResult',
  'Clause', 'Dateline', 'ElementChange', 'ExportedLead', 'Finding', 'HouseStyle', 'HtmlOptions', 'KeptLead', 'LabelForm',
  'LeadDiff', 'LeadLabel', 'LeadMessage', 'LeadRecord', 'NewLead', 'NinjsItem', 'ParagraphChange', 'PullReport',
  'PushReport', 'Severity', 'StoreErrorKind', 'StoryLead', 'StorySummary', 'TerminalOptions', 'Verb', 'Where', 'WrittenAttn',
] as const satisfies { length: Types['length'] };

const librarySection = () => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  return readme.slice(readme.indexOf('\n## Library\n'), readme.indexOf('\n## Development\n'));
};

const sample = (n: number) => join(SAMPLE_DIR, `0${n}.txt`);

/**
 * Commits the next lead of a story as the README's Library section shows: the
 * label renumbered, the desk's ATTN line kept when it agrees with the copy
 * (else the writer's), the text rendered, and the write a compare-and-swap on
 * the tip read.
 */
async function commitNext(store: Store, story: string, copy: string, author: Author, time: Date): Promise<string> {
  const draft = leads.parseArticle(copy);
  const tip = await store.tipWithText(story); // null for a new story
  const lead = tip ? tip.record.lead + 1 : 0;
  const label = leads.relabel(draft.label, lead);
  let attn: string | null = null;
  if (tip) {
    const written = leads.writeAttn(leads.diffLeads(leads.parseArticle(tip.text), draft));
    attn = draft.attn !== null && leads.checkAttn(draft.attn, written.facts).agrees ? draft.attn : written.line;
  }
  return store.write({
    story,
    parent: tip?.record.commit ?? null,
    text: leads.renderArticle({ ...draft, label, attn }),
    author,
    time,
    message: { lead, story, label: label?.text ?? null, headline: draft.headline, slug: draft.slug, attn },
  });
}

describe('the library API', () => {
  it('exports what a newsroom system needs, and nothing else', () => {
    expect(Object.keys(leads).sort()).toEqual([...VALUES].sort());
  });

  it.each([...VALUES, ...TYPES])("the README's Library section names %s", (name) => {
    expect(librarySection()).toMatch(new RegExp(`\\b${name}\\b`));
  });

  it('parses and renders a lead as the README shows', () => {
    const article = leads.parseArticle(SCRAPED_LEAD);
    expect(article.label?.text).toBe('2nd LD');
    expect(leads.labelFor(article.label!.lead + 1)).toBe('3rd LD');
    expect(leads.parseArticle(leads.renderArticle(article))).toEqual(article);
  });

  it('says why copy cannot be read', () => {
    expect(() => leads.parseArticle('')).toThrow(leads.ArticleError);
    expect(() => leads.parseArticle('')).toThrow(expect.objectContaining({ code: 'empty' }));
  });
});

describe('the library API: the ATTN writer and checker', () => {
  it('writes and checks a line as the README shows', async () => {
    const { FIRE, fireLead } = await import('./fixtures/story.js');
    const next = fireLead([...FIRE, 'Police questioned two managers.', 'Shares fell 3 percent.'], { attn: '(ATTN: ADDS details last 2 paras)' });
    const diff = leads.diffLeads(fireLead(FIRE), next);
    expect(leads.writeAttn(diff).line).toBe('(ATTN: ADDS more details last 2 paras)');
    expect(leads.checkAttn(next.attn, leads.writeAttn(diff).facts).agrees).toBe(true);
    expect(leads.writeAttn(diff, { style: leads.REUTERS }).line).toBe('(Adds more details in last 2 paragraphs)');
  });
});

describe('the library API, end to end on a store', () => {
  it('commits a story, reads it back, diffs and exports it as the CLI does', async () => {
    const home = mkdtempSync(join(tmpdir(), 'leads-library-'));
    const env = { PATH: process.env.PATH ?? '', HOME: home, LC_ALL: 'C' };
    const { store, created } = await leads.Store.init(join(home, 'desk'), env, 'desk');
    expect(created).toBe(true);
    git(store.dir, 'config', 'user.name', 'Library Desk');
    git(store.dir, 'config', 'user.email', 'library@example.com');
    const author = (await store.configuredAuthor())!;
    expect(author).toEqual({ name: 'Library Desk', email: 'library@example.com' });

    const first = leads.parseArticle(sampleLead(0));
    const moved = new Date('2026-03-14T01:00:00Z');
    const story = leads.datedStoryId(leads.slugToId(first.slug!), moved);
    expect(story).toBe('s-korea-earthquake-20260314');
    expect(leads.isStoryId(story)).toBe(true);
    const commits: string[] = [];
    for (const n of [0, 1, 2]) commits.push(await commitNext(store, story, sampleLead(n), author, new Date(moved.getTime() + n * 3_600_000)));

    // Another desk's write that read an older tip is refused, and the story stays as it was.
    const stale = store.write({
      story, parent: commits[1]!, text: sampleLead(3), author, time: new Date('2026-03-14T04:00:00Z'),
      message: { lead: 3, story, label: '3rd LD', headline: null, slug: null, attn: null },
    });
    await expect(stale).rejects.toThrow(expect.objectContaining({ name: 'StoreError', kind: 'conflict' }));

    const log = await store.log(story);
    expect(log.map((record) => [record.lead, record.label, record.attn, record.commit])).toEqual([
      [2, '2nd LD', leads.parseArticle(sampleLead(2)).attn, commits[2]],
      [1, 'LEAD', leads.parseArticle(sampleLead(1)).attn, commits[1]],
      [0, null, null, commits[0]],
    ]);
    expect((await store.list()).map((summary) => [summary.story, summary.lead, summary.label])).toEqual([[story, 2, '2nd LD']]);
    const [before, latest] = (await store.texts([commits[1]!, commits[2]!])).map((text) => leads.parseArticle(text));
    expect(latest!.paragraphs).toEqual(leads.parseArticle(sampleLead(2)).paragraphs);

    // The library's formats are the CLI's, byte for byte, on the same two leads.
    const diff = leads.diffLeads(before!, latest!);
    expect(leads.hasChanges(diff)).toBe(true);
    const cli = (...args: string[]) => runLeads(['diff', sample(1), sample(2), ...args]).stdout;
    expect(leads.formatStat(diff)).toBe(cli('--stat'));
    expect(leads.formatJson(diff)).toBe(cli('--format', 'json'));
    expect(leads.formatTerminal(diff, { color: false })).toBe(cli('--color', 'never'));
    expect(leads.formatUnified(before!, latest!, sample(1), sample(2))).toBe(cli('--format', 'unified'));
    expect(leads.formatHtml(diff, { title: `${sample(1)} to ${sample(2)}` })).toBe(cli('--format', 'html'));

    // A stored lead exported by the library is what `leads export` prints for it.
    const exported: ExportedLead = {
      storeName: await store.name(),
      story,
      lead: 2,
      article: latest!,
      versionCreated: log[0]!.time,
      firstCreated: log[2]!.time,
      previous: { lead: 1 },
      correction: false,
    };
    const exportCli = (...args: string[]) => runLeads(['export', story, ...args], { env: { HOME: home, LEADS_STORE: store.dir } }).stdout;
    expect(`${JSON.stringify(leads.toNinjs(exported), null, 2)}\n`).toBe(exportCli());
    expect(leads.toNewsItemDocument(exported)).toBe(exportCli('--format', 'newsml'));
  });
});
