import { describe, expect, it } from 'vitest';
import { commonSpeaker, possessive, speakerOf } from '../../src/attn/speaker.js';

describe('speakerOf', () => {
  it.each([
    ['The interior ministry said it had sent a team to the city.', 'interior ministry'],
    ["Seoul's foreign ministry said the transfer had been monitored.", "Seoul's foreign ministry"],
    ['"We will inspect every home," Vice Interior Minister Han Sung-ho told reporters.', 'Vice Interior Minister Han Sung-ho'],
    ['"It swayed for 10 seconds," said Choi Young-hee, a resident.', 'Choi Young-hee'],
    ['Cracks were found in 11 houses, the city government said.', 'city government'],
    ['The plan was approved, according to the Finance Ministry.', 'Finance Ministry'],
    ['The plant produces solvents used in paint.', null],
    ['"We are concerned," it said.', null],
  ])('%s -> %s', (paragraph, speaker) => {
    expect(speakerOf(paragraph)).toBe(speaker);
  });
});

describe('commonSpeaker', () => {
  it('follows one source through its spokesperson and surname', () => {
    expect(
      commonSpeaker([
        "Seoul's foreign ministry said the transfer had been monitored.",
        '"We kept track of it," ministry spokesperson Lim Soo-suk said.',
        'The statement showed resolve, Lim added.',
      ]),
    ).toBe("Seoul's foreign ministry");
  });

  it('gives up when sources differ or a paragraph is nobody\'s words', () => {
    expect(commonSpeaker(['The KMA said four aftershocks followed.', 'The fire department said it got 300 calls.'])).toBeNull();
    expect(commonSpeaker(['The KMA said four aftershocks followed.', 'Roads were closed for an hour.'])).toBeNull();
  });

  it('makes the possessive desks write', () => {
    expect(possessive("Seoul's foreign ministry")).toBe("Seoul foreign ministry's");
    expect(possessive('Reuters')).toBe("Reuters'");
  });
});
