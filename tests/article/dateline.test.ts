import { describe, expect, it } from 'vitest';
import { parseDateline, withoutDateline } from '../../src/article/dateline.js';

const BODY = 'Ferry crews walked out on Monday.';

describe('parseDateline', () => {
  it.each([
    ['SEOUL, Oct. 26 (Hangang News) -- ', 'SEOUL', 'Oct. 26', 'Hangang News'],
    ['SEOUL, Oct 26 (Reuters) - ', 'SEOUL', 'Oct 26', 'Reuters'],
    ['WASHINGTON (AP) — ', 'WASHINGTON', null, 'AP'],
    ['BEIJING, Oct. 26 (Xinhua) – ', 'BEIJING', 'Oct. 26', 'Xinhua'],
    ['UNITED NATIONS, Nov. 3 (Hangang News) -- ', 'UNITED NATIONS', 'Nov. 3', 'Hangang News'],
    ['PANMUNJOM, South Korea, May 9 (Hangang News) -- ', 'PANMUNJOM, South Korea', 'May 9', 'Hangang News'],
    ['ST. LOUIS, March 14 (Hangang News) -- ', 'ST. LOUIS', 'March 14', 'Hangang News'],
    ['SEOUL, Sept. 1 (Hangang News)-- ', 'SEOUL', 'Sept. 1', 'Hangang News'],
  ])('reads %j', (dateline, place, date, agency) => {
    expect(parseDateline(`${dateline}${BODY}`)).toEqual({ place, date, agency });
  });

  it.each([
    ['a place not in capitals', `Seoul, Oct. 26 (Hangang News) -- ${BODY}`],
    ['no agency', `SEOUL, Oct. 26 -- ${BODY}`],
    ['no dash after the agency', `SEOUL, Oct. 26 (Hangang News) ${BODY}`],
    ['an agency in the middle of a sentence', `Crews said (Hangang News) -- ${BODY}`],
    ['plain text', BODY],
  ])('finds none with %s', (_what, paragraph) => {
    expect(parseDateline(paragraph)).toBeNull();
  });
});

describe('withoutDateline', () => {
  it.each([
    [`SEOUL, Oct. 26 (Hangang News) -- ${BODY}`, BODY],
    [`WASHINGTON (AP) — ${BODY}`, BODY],
    [BODY, BODY],
  ])('%j -> %j', (paragraph, rest) => {
    expect(withoutDateline(paragraph)).toBe(rest);
  });
});
