import { describe, expect, it } from 'vitest';
import { EMPTY_ARTICLE } from '../../src/article/article.js';
import { toNewsItemDocument, toNewsMessage } from '../../src/format/newsml.js';
import { STRIKE_FIRST, STRIKE_LEAD, STRIKE_STORY, exported } from '../fixtures/exported-lead.js';

const GUID = `urn:leads:hangang-desk:${STRIKE_STORY}`;
const NAR = 'http://iptc.org/std/nar/2006-10-01/';
/** The trimmed lines of a document, as a reader scans it. */
const lines = (xml: string) => xml.split('\n').map((line) => line.trim());
/** The lines between an opening and a closing tag. */
const between = (xml: string, open: string, close: string) => {
  const all = lines(xml);
  return all.slice(all.indexOf(open) + 1, all.indexOf(close));
};

describe('toNewsItemDocument', () => {
  const update = toNewsItemDocument(exported(STRIKE_LEAD, 1));

  it('is one newsItem in the NewsML-G2 namespace, with the story guid and the version counted from 1', () => {
    expect(lines(update).slice(0, 2)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<newsItem xmlns="${NAR}" guid="${GUID}" version="2" standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="en">`,
    ]);
    expect(update.endsWith('</newsItem>\n')).toBe(true);
  });

  it('says in itemMeta when the lead moved, that it updates the one before, and carries its ATTN line', () => {
    expect(between(update, '<itemMeta>', '</itemMeta>')).toEqual([
      '<itemClass qcode="ninat:text"/>',
      '<provider literal="leads:Hangang Desk"/>',
      '<versionCreated>2026-03-04T02:30:00+00:00</versionCreated>',
      '<firstCreated>2026-03-04T01:00:00+00:00</firstCreated>',
      '<pubStatus qcode="stat:usable"/>',
      '<edNote>(ATTN: ADDS union comments in 2nd para; UPDATES figures in headline)</edNote>',
      '<signal qcode="sig:update"/>',
      `<link rel="irel:previousVersion" residref="${GUID}" version="1"/>`,
    ]);
  });

  it('signals a correction when the lead fixes an error', () => {
    expect(lines(toNewsItemDocument(exported(STRIKE_LEAD, 1, { correction: true })))).toContain('<signal qcode="sig:correction"/>');
  });

  it('a first version has no signal, ATTN line or previous link', () => {
    const meta = between(toNewsItemDocument(exported(STRIKE_FIRST, 0)), '<itemMeta>', '</itemMeta>');
    expect(meta.filter((line) => /signal|edNote|link/.test(line))).toEqual([]);
  });

  it('gives slugline, headline with its labels, byline and each photo caption in contentMeta', () => {
    expect(between(update, '<contentMeta>', '</contentMeta>')).toEqual([
      '<slugline>S Korea-ferry strike</slugline>',
      '<headline>(LEAD) (News Focus) Ferry crews walk out over pay, stranding 2,000 commuters</headline>',
      '<by>Oh Se-ra</by>',
      '<description role="drol:caption">Passengers wait at Mokpo port. (Hangang News)</description>',
      '<description role="drol:caption">Idle ferries at the pier. (Hangang News)</description>',
    ]);
  });

  it('plain copy still has a (empty) headline, and the story id as the page title', () => {
    const plain = toNewsItemDocument(exported({ ...EMPTY_ARTICLE, paragraphs: ['Crews walked out.'] }, 0));
    expect(between(plain, '<contentMeta>', '</contentMeta>')).toEqual(['<headline/>']);
    expect(lines(plain)).toContain(`<head><title>${STRIKE_STORY}</title></head>`);
  });

  it('puts each paragraph in a p of the XHTML body, escaped', () => {
    expect(between(update, '<body>', '</body>')).toEqual([
      `<p>${STRIKE_LEAD.paragraphs[0]}</p>`,
      '<p>&quot;We will stay out until the &lt;pay&gt; offer is fair &amp; final,&quot; a union official said.</p>',
    ]);
  });

  it('escapes every header field too', () => {
    const hostile = { ...STRIKE_LEAD, slug: 'S Korea-<strike>', byline: 'Oh & Park', attn: '(ATTN: ADDS "quotes")', photos: ['<img src=x>'] };
    const doc = toNewsItemDocument(exported(hostile, 1, { storeName: 'Desk "A"' }));
    expect(lines(doc)).toEqual(
      expect.arrayContaining([
        '<slugline>S Korea-&lt;strike&gt;</slugline>',
        '<by>Oh &amp; Park</by>',
        '<edNote>(ATTN: ADDS &quot;quotes&quot;)</edNote>',
        '<description role="drol:caption">&lt;img src=x&gt;</description>',
        '<provider literal="leads:Desk &quot;A&quot;"/>',
      ]),
    );
  });
});

describe('toNewsMessage', () => {
  const message = toNewsMessage([exported(STRIKE_FIRST, 0), exported(STRIKE_LEAD, 1)], '2026-03-04T03:00:00+00:00');

  it('holds every lead in one itemSet, sent at the time given, the namespace on the message only', () => {
    expect(lines(message).slice(0, 6)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<newsMessage xmlns="${NAR}">`,
      '<header>',
      '<sent>2026-03-04T03:00:00+00:00</sent>',
      '</header>',
      '<itemSet>',
    ]);
    expect(lines(message).filter((line) => line.startsWith('<newsItem'))).toEqual([
      `<newsItem guid="${GUID}" version="1" standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="en">`,
      `<newsItem guid="${GUID}" version="2" standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="en">`,
    ]);
    expect(lines(message).slice(-3)).toEqual(['</itemSet>', '</newsMessage>', '']);
  });
});
