import { describe, expect, it } from 'vitest';
import { EMPTY_ARTICLE } from '../../src/article/article.js';
import { parseLeadLabel } from '../../src/article/label.js';
import { fullHeadline, storyUri, toNinjs, versionOf } from '../../src/format/ninjs.js';
import { STRIKE_FIRST, STRIKE_LEAD, STRIKE_STORY, exported } from '../fixtures/exported-lead.js';

describe('storyUri', () => {
  it.each([
    ['hangang-desk', 'urn:leads:hangang-desk:s-1'],
    ['Hangang Desk', 'urn:leads:hangang-desk:s-1'],
    ['Seoul Wire!! (night)', 'urn:leads:seoul-wire-night:s-1'],
    ['--Desk--', 'urn:leads:desk:s-1'],
    ['서울', 'urn:leads:store:s-1'],
  ])('a store named %j: %s', (storeName, uri) => {
    expect(storyUri(storeName, 's-1')).toBe(uri);
  });
});

describe('versionOf', () => {
  it('counts from 1: the first version (lead 0) is "1"', () => {
    expect([0, 1, 4, 11].map(versionOf)).toEqual(['1', '2', '5', '12']);
  });
});

describe('fullHeadline', () => {
  const headline = 'Ferry crews walk out';
  it.each([
    ['no label', null, [], headline],
    ['a house label and a feature label', '2nd LD', ['News Focus'], `(2nd LD) (News Focus) ${headline}`],
    ['a flash', 'URGENT', [], `(URGENT) ${headline}`],
    ['a writethru', '1st LD-Writethru', [], `(1st LD-Writethru) ${headline}`],
    ['a Reuters update, as a prefix', 'UPDATE 2', ['Analysis'], `UPDATE 2-(Analysis) ${headline}`],
  ])('%s', (_what, label, tags, full) => {
    expect(fullHeadline({ ...EMPTY_ARTICLE, headline, label: label === null ? null : parseLeadLabel(label), tags })).toBe(full);
  });

  it('a label without a headline is the label alone', () => {
    expect(fullHeadline({ ...EMPTY_ARTICLE, label: parseLeadLabel('LEAD') })).toBe('(LEAD)');
  });
});

describe('toNinjs', () => {
  const uri = `urn:leads:hangang-desk:${STRIKE_STORY}`;

  it('an update: every field, the body as text and as escaped HTML, the previous lead and each photo associated', () => {
    expect(toNinjs(exported(STRIKE_LEAD, 1))).toEqual({
      uri,
      type: 'text',
      version: '2',
      firstCreated: '2026-03-04T01:00:00+00:00',
      versionCreated: '2026-03-04T02:30:00+00:00',
      pubStatus: 'usable',
      language: 'en',
      slugline: 'S Korea-ferry strike',
      headlines: [{ value: '(LEAD) (News Focus) Ferry crews walk out over pay, stranding 2,000 commuters' }],
      by: 'Oh Se-ra',
      edNote: '(ATTN: ADDS union comments in 2nd para; UPDATES figures in headline)',
      bodies: [
        { contentType: 'text/plain', value: `${STRIKE_LEAD.paragraphs[0]}\n\n${STRIKE_LEAD.paragraphs[1]}` },
        {
          contentType: 'text/html',
          value: `<p>${STRIKE_LEAD.paragraphs[0]}</p>\n<p>&quot;We will stay out until the &lt;pay&gt; offer is fair &amp; final,&quot; a union official said.</p>`,
        },
      ],
      associations: [
        { name: 'previous lead', rel: 'previousVersion', uri, version: '1' },
        { name: 'photo 1', rel: 'photo', uri: `${uri}:photo:2-1`, type: 'picture', descriptions: [{ role: 'caption', value: 'Passengers wait at Mokpo port. (Hangang News)' }] },
        { name: 'photo 2', rel: 'photo', uri: `${uri}:photo:2-2`, type: 'picture', descriptions: [{ role: 'caption', value: 'Idle ferries at the pier. (Hangang News)' }] },
      ],
    });
  });

  it('a first version leaves out what it does not have: no byline, ATTN line, previous lead or photo', () => {
    expect(Object.keys(toNinjs(exported(STRIKE_FIRST, 0)))).toEqual([
      'uri', 'type', 'version', 'firstCreated', 'versionCreated', 'pubStatus', 'language', 'slugline', 'headlines', 'bodies',
    ]);
  });

  it('plain copy has no slugline or headlines either', () => {
    const item = toNinjs(exported({ ...EMPTY_ARTICLE, paragraphs: ['Crews walked out.'] }, 0));
    expect([item.slugline, item.headlines, item.bodies[0]]).toEqual([undefined, undefined, { contentType: 'text/plain', value: 'Crews walked out.' }]);
  });
});
