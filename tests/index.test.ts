import { describe, expect, it } from 'vitest';
import * as leads from '../src/index.js';
import { SCRAPED_LEAD } from './fixtures/articles.js';

describe('the library API', () => {
  it('parses and renders a lead as the README shows', () => {
    const article = leads.parseArticle(SCRAPED_LEAD);
    expect(article.label?.text).toBe('2nd LD');
    expect(leads.labelFor(article.label!.lead + 1)).toBe('3rd LD');
    expect(leads.parseArticle(leads.renderArticle(article))).toEqual(article);
  });
});

describe('the library API: diff and store, as the README shows', () => {
  it('diffs two leads and reads a story back from a store', async () => {
    const { tempStore, commitSample, SAMPLE_STORY } = await import('./helpers/store.js');
    const { home, dir, leads: run } = tempStore();
    commitSample(run, 1);
    const store = await leads.Store.open(dir, { PATH: process.env.PATH ?? '', HOME: home });
    const [latest, first] = await store.log(SAMPLE_STORY);
    expect(latest!.label).toBe('LEAD');
    const diff = leads.diffLeads(leads.parseArticle(await store.text(first!.commit)), leads.parseArticle(await store.text(latest!.commit)));
    expect(diff.paragraphs.filter((p) => p.op === 'add').map((p) => p.new[0])).toEqual([5, 6, 7]);
    expect(leads.formatStat(diff)).toBe('3 added, 0 edited, 0 moved, 0 deleted; byline added\n');
  });
});

describe('the library API: the ATTN writer and checker', () => {
  it('writes and checks a line as the README shows', async () => {
    const { FIRE, fireLead } = await import('./fixtures/story.js');
    const next = fireLead([...FIRE, 'Police questioned two managers.', 'Shares fell 3 percent.'], { attn: '(ATTN: ADDS details last 2 paras)' });
    const diff = leads.diffLeads(fireLead(FIRE), next);
    expect(leads.writeAttn(diff).line).toBe('(ATTN: ADDS more details last 2 paras)');
    expect(leads.checkAttn(next.attn, leads.writeAttn(diff).facts).agrees).toBe(true);
  });
});
