import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMPTY_ARTICLE } from '../../src/article/article.js';
import { articleToJson } from '../../src/article/article-json.js';
import { parseArticle } from '../../src/article/parse.js';
import { renderArticle } from '../../src/article/render.js';
import { BLANK_LINE_LEAD, PLAIN_COPY, SCRAPED_LEAD, SCRAPED_LEAD_PARAGRAPHS } from '../fixtures/articles.js';
import { sharedDir } from '../helpers/shared.js';

describe('parseArticle: one paragraph per line, scraped from the web', () => {
  const article = articleToJson(parseArticle(SCRAPED_LEAD));

  it('reads every header field', () => {
    expect(article).toMatchObject({
      slug: 'S Korea-port strike',
      label: '2nd LD',
      lead: 2,
      tags: [],
      headline: 'Busan dock workers extend strike as talks stall',
      attn: "(ATTN: ADDS union leader's comments last 2 paras)",
      byline: 'Lee Ha-na',
      dateline: { place: 'BUSAN', date: 'Nov. 3', agency: 'Hangang News' },
      email: 'lee.hana@example.com',
      end: true,
      footer: '(C) Hangang News. All Rights Reserved',
    });
  });

  it('takes the table-row caption as a photo and drops the broken image', () => {
    expect(article.photos).toEqual([
      'Dock workers gather at a pier in Busan on Nov. 3, 2026, on the first day of a strike. (Hangang News)',
    ]);
  });

  it('counts paragraphs from the dateline and leaves out e-mail, (END) and footer', () => {
    expect(article.paragraphs).toEqual(SCRAPED_LEAD_PARAGRAPHS);
  });
});

describe('parseArticle: blank-line layout', () => {
  const article = articleToJson(parseArticle(BLANK_LINE_LEAD));

  it('reads the lead label and keeps the feature label apart', () => {
    expect(article).toMatchObject({
      slug: '(News Focus) S Korea-port strike',
      label: 'LEAD',
      lead: 1,
      tags: ['News Focus'],
      headline: "Why Busan's dock workers walked out",
      byline: 'Lee Ha-na and Choi Min-su',
    });
  });

  it('joins a hard-wrapped paragraph into one', () => {
    expect(article.paragraphs).toEqual([
      "BUSAN, Nov. 3 (Hangang News) -- Dock workers at South Korea's largest port walked off the job Tuesday, halting container traffic at three terminals.",
      'The union said about 1,200 members had joined the strike.',
    ]);
  });

  it('reads the same article from either layout', () => {
    const canonical = renderArticle(parseArticle(SCRAPED_LEAD));
    expect(canonical).not.toEqual(SCRAPED_LEAD);
    expect(parseArticle(canonical)).toEqual(parseArticle(SCRAPED_LEAD));
  });
});

describe('parseArticle: what editors paste', () => {
  it.each([
    ['CRLF line ends', SCRAPED_LEAD.replaceAll('\n', '\r\n')],
    ['a BOM', `\uFEFF${SCRAPED_LEAD}`],
    ['trailing spaces and non-breaking spaces', SCRAPED_LEAD.replaceAll('\n', '  \n').replaceAll('Busan dock', 'Busan\u00A0dock')],
    ['runs of blank lines', SCRAPED_LEAD.replaceAll('\n', '\n\n\n')],
    ['decomposed Unicode', SCRAPED_LEAD.replace('Lee Ha-na', 'Lee Ha-na').normalize('NFD')],
  ])('tolerates %s', (_name, text) => {
    expect(parseArticle(text)).toEqual(parseArticle(SCRAPED_LEAD));
  });

  it('reads plain copy as paragraphs without a headline', () => {
    const article = articleToJson(parseArticle(PLAIN_COPY));
    expect(article).toMatchObject({ headline: null, slug: null, label: null, lead: null, byline: null, dateline: null });
    expect(article.paragraphs).toEqual([
      "Dock workers at South Korea's largest port walked off the job Tuesday.",
      'By the time the morning shift ended, 40 ships were waiting at anchor.',
    ]);
  });

  it('reads a first version with a slug and headline but no label', () => {
    const article = parseArticle(
      'S Korea-port strike\nBusan dock workers walk out\nBUSAN, Nov. 3 (Hangang News) -- Dock workers walked out.\n(END)\n',
    );
    expect(article).toMatchObject({ slug: 'S Korea-port strike', headline: 'Busan dock workers walk out', label: null });
    expect(article.paragraphs).toHaveLength(1);
  });

  it('keeps body paragraphs that look like header lines as paragraphs', () => {
    const article = parseArticle(
      [
        '(LEAD) Strike goes on',
        'BUSAN, Nov. 3 (Hangang News) -- Dock workers stayed out.',
        'By Tuesday evening, no ship had moved.',
        '(LEAD) is what editors call the first update.',
        'SEOUL -- A second dateline-like line, quoted from a memo.',
        '▲ marks a photo, the memo said.',
        '(END) is the last line of every story.',
        '(END)',
      ].join('\n'),
    );
    expect(article.paragraphs).toHaveLength(6);
    expect(article.photos).toEqual([]);
  });

  it('takes a credited caption between paragraphs as a photo', () => {
    const article = parseArticle(
      'Strike\nBUSAN, Nov. 3 (Hangang News) -- Dock workers stayed out.\n▲ Ships wait at anchor. (Hangang News)\nTalks resume Wednesday.\n',
    );
    expect(article.paragraphs).toEqual(['BUSAN, Nov. 3 (Hangang News) -- Dock workers stayed out.', 'Talks resume Wednesday.']);
    expect(article.photos).toEqual(['Ships wait at anchor. (Hangang News)']);
  });

  it.each([
    ['UPDATE 2-Busan strike goes on', 'UPDATE 2', 2, 'Busan strike goes on'],
    ['(2nd LD-Writethru) Busan strike goes on', '2nd LD-Writethru', 2, 'Busan strike goes on'],
    ['(URGENT) Quake hits east coast', 'URGENT', 0, 'Quake hits east coast'],
  ])('reads the label in %j', (headline, label, lead, text) => {
    const article = articleToJson(parseArticle(`${headline}\nBUSAN, Nov. 3 (Reuters) - Dock workers stayed out.\n`));
    expect(article).toMatchObject({ label, lead, headline: text });
  });
});

// ------------------------------------------------------- a table of layouts

/** One story, a wildfire, as it arrives in each layout the parser reads. */
const FIRE_HEADER = [
  '(2nd LD) S Korea-wildfire',
  '(2nd LD) Wildfire near Gangneung spreads to 3 villages, 800 evacuated',
  "(ATTN: ADDS forest service's comments in paras 5-6)",
  'By Jung Da-eun',
];
const FIRE_PARAGRAPHS = [
  'GANGNEUNG, April 11 (Hangang News) -- A wildfire that broke out on a hillside near Gangneung early Friday spread to three villages by the afternoon, forcing about 800 residents to leave their homes, officials said.',
  'Strong winds of up to 20 meters per second drove the flames east toward the coast, the provincial government said.',
  'More than 40 helicopters and 1,500 firefighters and soldiers were sent to fight the blaze.',
  'No deaths had been reported, but two firefighters were treated for burns.',
  '"The wind is the problem, not the fuel," a Korea Forest Service official said at a briefing in Gangneung.',
  'The service said it hoped to contain the fire before sunset if the wind eased.',
];
const FIRE_CLOSE = ['jung.daeun@example.com', '(END)', '(C) Hangang News. All Rights Reserved'];
const FIRE_ONE_PER_LINE = [...FIRE_HEADER, ...FIRE_PARAGRAPHS, ...FIRE_CLOSE].join('\n');
const FIRE_BLANK_LINES = [FIRE_HEADER.join('\n'), ...FIRE_PARAGRAPHS, ...FIRE_CLOSE].join('\n\n');
const FIRE_HARD_WRAPPED = `${FIRE_HEADER.join('\n')}

GANGNEUNG, April 11 (Hangang News) -- A wildfire that broke out on a
hillside near Gangneung early Friday spread to three villages by the
afternoon, forcing about 800 residents to leave their homes, officials
said.

Strong winds of up to 20 meters per second drove the flames east
toward the coast, the provincial government said.

More than 40 helicopters and 1,500 firefighters and soldiers were sent
to fight the blaze.

No deaths had been reported, but two firefighters were treated for
burns.

"The wind is the problem, not the fuel," a Korea Forest Service
official said at a briefing in Gangneung.

The service said it hoped to contain the fire before sunset if the
wind eased.

jung.daeun@example.com

(END)
(C) Hangang News. All Rights Reserved
`;
const FIRE_MISSING_STOP = FIRE_ONE_PER_LINE.replace('sent to fight the blaze.', 'sent to fight the blaze');
const FIRE_SCRAPED = [
  '![]() |',
  '| ▲ Smoke rises over a hillside near Gangneung on April 11, 2025. (Hangang News) |',
  '|---|',
  ...FIRE_HEADER,
  ...FIRE_PARAGRAPHS.slice(0, 3),
  '| |',
  '| ▲ Firefighters spray water on a burning house in a village near Gangneung. (Hangang News) |',
  '![](https://example.com/photo2.jpg)',
  ...FIRE_PARAGRAPHS.slice(3),
  ...FIRE_CLOSE,
  '',
  '',
  '',
].join('\n');

const FIRE_FIELDS = {
  slug: 'S Korea-wildfire',
  label: '2nd LD',
  lead: 2,
  tags: [],
  headline: 'Wildfire near Gangneung spreads to 3 villages, 800 evacuated',
  attn: "(ATTN: ADDS forest service's comments in paras 5-6)",
  byline: 'Jung Da-eun',
  dateline: { place: 'GANGNEUNG', date: 'April 11', agency: 'Hangang News' },
  email: 'jung.daeun@example.com',
  end: true,
  footer: '(C) Hangang News. All Rights Reserved',
};
const FIRE_OPENINGS = ['GANGNEUNG, April 11', 'Strong winds of', 'More than 40', 'No deaths had', '"The wind is', 'The service said'];
const SCRAPED_PHOTOS = [
  'Smoke rises over a hillside near Gangneung on April 11, 2025. (Hangang News)',
  'Firefighters spray water on a burning house in a village near Gangneung. (Hangang News)',
];

describe('parseArticle: a table of layouts, one story', () => {
  const openings = (paragraphs: readonly string[]) => paragraphs.map((text) => text.split(' ').slice(0, 3).join(' '));

  it.each([
    ['one paragraph per line', FIRE_ONE_PER_LINE, []],
    ['blank-line blocks', FIRE_BLANK_LINES, []],
    ['hard-wrapped blocks', FIRE_HARD_WRAPPED, []],
    ['a line that lacks its full stop', FIRE_MISSING_STOP, []],
    ['a scrape with junk and photo rows around it', FIRE_SCRAPED, SCRAPED_PHOTOS],
    ['a scrape with a line that lacks its full stop', FIRE_SCRAPED.replace('the provincial government said.', 'the provincial government said'), SCRAPED_PHOTOS],
    ['CRLF line ends', FIRE_ONE_PER_LINE.replaceAll('\n', '\r\n'), []],
    ['a BOM', `\uFEFF${FIRE_BLANK_LINES}`, []],
    ['a BOM and CRLF on hard-wrapped copy', `\uFEFF${FIRE_HARD_WRAPPED.replaceAll('\n', '\r\n')}`, []],
  ])('reads %s', (_layout, text, photos) => {
    const article = articleToJson(parseArticle(text));
    expect(article).toMatchObject({ ...FIRE_FIELDS, photos });
    expect(article.paragraphs).toHaveLength(6);
    expect(openings(article.paragraphs)).toEqual(FIRE_OPENINGS);
  });

  it.each([
    ['one paragraph per line', FIRE_ONE_PER_LINE],
    ['blank-line blocks', FIRE_BLANK_LINES],
    ['hard-wrapped blocks', FIRE_HARD_WRAPPED],
    ['a scrape', FIRE_SCRAPED],
  ])('gives each paragraph whole from %s', (_layout, text) => {
    expect(parseArticle(text).paragraphs).toEqual(FIRE_PARAGRAPHS);
  });

  it('keeps the paragraph that lacks its full stop as it was sent', () => {
    expect(parseArticle(FIRE_MISSING_STOP).paragraphs[2]).toBe(
      'More than 40 helicopters and 1,500 firefighters and soldiers were sent to fight the blaze',
    );
  });
});

/** A short one-paragraph-per-line lead, for dropping full stops one line at a time. */
const FLOOD = [
  'SEOUL, July 14 (Hangang News) -- Heavy rain flooded roads and underpasses across Seoul on Monday, stranding hundreds of drivers in the morning rush.',
  'The weather agency said up to 150 millimeters more could fall by Tuesday morning.',
  'City officials closed 12 underpasses and told residents near the Han River to stay indoors.',
  '"We have not seen water this high in years," a shop owner in Gangnam said.',
  'No casualties had been reported by noon.',
];
const FLOOD_HEADER = ['(LEAD) Heavy rain floods Seoul roads, underpasses', 'By Han Ji-woo'];
const withoutStop = (line: string) => line.replace(/\.$/, '');

describe('parseArticle: one paragraph per line with a line that lacks its full stop', () => {
  const cases = [2, 3, 4, 5].flatMap((count) =>
    FLOOD.slice(0, count).flatMap((_line, at) =>
      [true, false].map((headed) => {
        const paragraphs = FLOOD.slice(0, count).map((line, i) => (i === at ? withoutStop(line) : line));
        return [count, at + 1, headed ? 'under a header' : 'in plain copy', headed, paragraphs] as const;
      }),
    ),
  );

  it.each(cases)('keeps %i paragraphs apart when para %i has no full stop, %s', (_count, _at, _where, headed, paragraphs) => {
    const text = [...(headed ? FLOOD_HEADER : []), ...paragraphs, '(END)'].join('\n');
    expect(parseArticle(text).paragraphs).toEqual(paragraphs);
  });

  it.each([
    ['two lines apart', [1, 3]],
    ['two lines in a row', [2, 3]],
    ['three of five lines', [1, 2, 4]],
  ])('keeps every paragraph when %s lack their full stops', (_name, slips) => {
    const paragraphs = FLOOD.map((line, i) => (slips.includes(i + 1) ? withoutStop(line) : line));
    const article = parseArticle([...FLOOD_HEADER, ...paragraphs].join('\n'));
    expect(article.paragraphs).toEqual(paragraphs);
    expect(article.headline).toBe('Heavy rain floods Seoul roads, underpasses');
  });

  it('keeps positions after the slip, so a real ATTN position still points at its paragraph', () => {
    const paragraphs = [withoutStop(FLOOD[0]!), ...FLOOD.slice(1, 3)];
    const article = parseArticle([...FLOOD_HEADER, ...paragraphs].join('\n'));
    expect(article.paragraphs[2]).toMatch(/^City officials closed 12 underpasses/);
  });
});

describe('parseArticle: hard-wrapped copy still joins', () => {
  it.each([
    [
      'a block whose middle line happens to end a sentence',
      'SEOUL, July 14 (Hangang News) -- Heavy rain flooded roads across Seoul\nMonday. Hundreds of drivers were stranded.\nThe city closed 12 underpasses.',
      ['SEOUL, July 14 (Hangang News) -- Heavy rain flooded roads across Seoul Monday. Hundreds of drivers were stranded. The city closed 12 underpasses.'],
    ],
    [
      'a two-line block that breaks before a name',
      'SEOUL, July 14 (Hangang News) -- Heavy rain flooded roads, said Mayor\nOh Min-jae.',
      ['SEOUL, July 14 (Hangang News) -- Heavy rain flooded roads, said Mayor Oh Min-jae.'],
    ],
  ])('joins %s between blank lines', (_name, block, joined) => {
    const text = `(LEAD) Heavy rain floods Seoul\n\n${block}\n\nNo casualties were reported.\n`;
    expect(parseArticle(text).paragraphs).toEqual([...joined, 'No casualties were reported.']);
  });

  it.each([
    ['going on in lower case', 'Heavy rain flooded roads and\nunderpasses across Seoul on Monday, the city said.'],
    ['breaking before a name', 'Heavy rain flooded roads across Seoul, said Mayor\nOh Min-jae.'],
  ])('joins a one-paragraph story wrapped without blank lines, %s', (_name, wrapped) => {
    const text = `(URGENT) Heavy rain floods Seoul\nSEOUL, July 14 (Hangang News) -- ${wrapped}\n`;
    expect(parseArticle(text).paragraphs).toEqual([`SEOUL, July 14 (Hangang News) -- ${wrapped.replace('\n', ' ')}`]);
  });
});

/** A story sent as plain copy (no dateline), and the header lines it may come with. */
const RAIN = [
  'Heavy rain flooded roads across Seoul on Monday, stranding hundreds of drivers in the morning rush.',
  'The weather agency said more rain would fall overnight.',
  'Schools in two districts closed early.',
];
const RAIN_HEADLINE = 'Heavy rain floods Seoul roads';
const RAIN_PHOTO_ROW = '| ▲ Cars sit in water on a road in Seoul. (Hangang News) |';
const RAIN_SLIP = [withoutStop(RAIN[0]!), ...RAIN.slice(1)];

describe('parseArticle: plain copy, with and without a headline', () => {
  it.each([
    ['plain copy', RAIN, RAIN, 0],
    ['plain copy whose first line lacks its full stop', RAIN_SLIP, RAIN_SLIP, 0],
    ['a scrape without a headline: a photo row on top', [RAIN_PHOTO_ROW, ...RAIN], RAIN, 1],
    ['a photo row under a first line that lacks its full stop', [RAIN_SLIP[0]!, RAIN_PHOTO_ROW, ...RAIN_SLIP.slice(1)], RAIN_SLIP, 1],
    ['a bare credited caption under a first line that lacks its full stop', [RAIN_SLIP[0]!, RAIN_PHOTO_ROW.slice(2, -2), ...RAIN_SLIP.slice(1)], RAIN_SLIP, 1],
  ])('reads no headline in %s', (_name, lines, paragraphs, photos) => {
    const article = parseArticle(lines.join('\n'));
    expect(article).toMatchObject({ headline: null, slug: null, label: null, byline: null });
    expect(article.paragraphs).toEqual(paragraphs);
    expect(article.photos).toHaveLength(photos);
  });

  it.each([
    ['a second paragraph that opens like a dateline', 'KOSPI (Korea Composite Stock Price Index) - the main index - fell 2 percent.'],
    ['a roundup whose next section opens with its own dateline', 'TOKYO (Kyodo) -- Japanese shares fell 2 percent in the morning.'],
  ])('reads no headline in plain copy with %s', (_name, second) => {
    const lines = ['Asian stocks fell on Monday as investors sold chip shares.', second, 'Traders said the selling could go on.'];
    const article = parseArticle(lines.join('\n'));
    expect(article.headline).toBeNull();
    expect(article.paragraphs).toEqual(lines);
  });

  it.each([
    ['a labelled headline', [`(LEAD) ${RAIN_HEADLINE}`, ...RAIN], RAIN_HEADLINE],
    ['a headline and a byline', [RAIN_HEADLINE, 'By Han Ji-woo', ...RAIN], RAIN_HEADLINE],
    ['a headline and a photo row under the label', [`(LEAD) ${RAIN_HEADLINE}`, RAIN_PHOTO_ROW, ...RAIN], RAIN_HEADLINE],
  ])('reads the same paragraphs under %s', (_name, lines, headline) => {
    const article = parseArticle(lines.join('\n'));
    expect(article.headline).toBe(headline);
    expect(article.paragraphs).toEqual(RAIN);
  });

  it.each([
    ['a headline', RAIN_HEADLINE],
    ['a headline that ends with an abbreviation', 'Rain delays flights to U.S.'],
  ])('reads %s over a dateline', (_name, headline) => {
    const dated = `SEOUL, May 4 (Hangang News) -- ${RAIN[0]}`;
    const article = parseArticle([headline, dated, ...RAIN.slice(1)].join('\n'));
    expect(article.headline).toBe(headline);
    expect(article.paragraphs).toEqual([dated, ...RAIN.slice(1)]);
  });

  it('reads back a first version with a headline and a photo but no dateline as the store writes it', () => {
    const first = { ...EMPTY_ARTICLE, headline: RAIN_HEADLINE, photos: ['Cars sit in water on a road in Seoul. (Hangang News)'], paragraphs: RAIN };
    expect(parseArticle(renderArticle(first))).toEqual(first);
  });

  // Without a dateline or a marked line, nothing tells a headline from a first
  // paragraph that lacks its full stop; it must at least not run into the next.
  it.each([1, 2, 3])('keeps an unmarked headline over %i paragraphs of plain copy apart, as a paragraph of its own', (count) => {
    const article = parseArticle([RAIN_HEADLINE, ...RAIN.slice(0, count)].join('\n'));
    expect(article.headline).toBeNull();
    expect(article.paragraphs).toEqual([RAIN_HEADLINE, ...RAIN.slice(0, count)]);
  });
});

describe('parseArticle on the real seed lead in ../shared/seed', () => {
  const dir = sharedDir('seed');
  it.skipIf(dir === null)('finds 12 paragraphs, the 2nd LD label, the byline, slug, ATTN and photo', () => {
    const file = readdirSync(dir!).find((name) => name.endsWith('.txt'))!;
    const article = articleToJson(parseArticle(readFileSync(`${dir}/${file}`)));
    expect(article.paragraphs).toHaveLength(12);
    expect(article).toMatchObject({
      label: '2nd LD',
      lead: 2,
      byline: 'Kim Seung-yeon',
      slug: 'S Korea-US-Japan-NK arms deal',
      attn: "(ATTN: ADDS Seoul foreign ministry's comments last 3 paras)",
      dateline: { place: 'SEOUL', date: 'Oct. 26', agency: 'Yonhap' },
    });
    expect(article.photos).toHaveLength(1);
    expect(article.paragraphs[0]).toMatch(/^SEOUL, Oct\. 26 \(Yonhap\) -- /);
  });
});
