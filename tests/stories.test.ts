import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleToJson } from '../src/article/article-json.js';
import { parseArticle } from '../src/article/parse.js';
import { REPO_ROOT } from './helpers/cli.js';

/** The sample story is the backbone of the demo: each lead must read as intended. */
const dir = join(REPO_ROOT, 'stories/quake-demo');
const leads = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => articleToJson(parseArticle(readFileSync(join(dir, name)))));

describe('the sample story', () => {
  it('moves as a first version and four leads, labelled in sequence', () => {
    expect(leads.map((lead) => [lead.label, lead.lead])).toEqual([
      [null, null],
      ['LEAD', 1],
      ['2nd LD', 2],
      ['3rd LD', 3],
      ['4th LD', 4],
    ]);
  });

  it('has the paragraph counts the ATTN lines talk about', () => {
    expect(leads.map((lead) => lead.paragraphs.length)).toEqual([4, 7, 9, 8, 10]);
  });

  it('keeps one slug and dateline, adds a byline in the LEAD and a photo in the 2nd LD', () => {
    expect(new Set(leads.map((lead) => lead.slug))).toEqual(new Set(['S Korea-earthquake']));
    expect(leads.map((lead) => lead.byline)).toEqual([null, 'Park Min-ji', 'Park Min-ji', 'Park Min-ji', 'Park Min-ji']);
    expect(leads.map((lead) => lead.photos.length)).toEqual([0, 0, 1, 1, 1]);
    for (const lead of leads) expect(lead.dateline).toEqual({ place: 'SEOUL', date: 'March 14', agency: 'Hangang News' });
  });
});
