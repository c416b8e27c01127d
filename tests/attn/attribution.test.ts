import { describe, expect, it } from 'vitest';
import { attributeParagraphs, contentPhrase, phraseNamesSource, type Attribution } from '../../src/attn/attribution.js';

/** The desk name of each paragraph's source, in story order (null: nobody's words). */
const names = (paragraphs: readonly string[]) => attributeParagraphs(paragraphs).map((a) => a?.source.name ?? null);
const D = (rest: string) => `SEOUL, May 2 (Hangang News) -- ${rest}`;

describe('verbs and phrases of speech', () => {
  it.each([
    ['X said', 'The interior ministry said it had sent a team to the city.', 'interior ministry'],
    ['said X, appositive', '"It swayed for 10 seconds," said Choi Young-hee, a 54-year-old resident.', 'residents'],
    ['X told reporters', '"We will inspect every home," Vice Interior Minister Han Sung-ho told reporters.', 'vice interior minister'],
    ['according to', 'The plan was approved, according to the Finance Ministry.', 'finance ministry'],
    ['according to data from', 'Chip exports rose 12 percent, according to data from the Bank of Korea.', 'Bank of Korea'],
    ['called', 'The Democratic Party called the veto an insult to voters.', 'Democratic Party'],
    ['vowed', 'The city government vowed to rebuild the bridge by spring.', 'city government'],
    ['wrote', 'Coach Park Hang-seo wrote on social media that the team would bounce back.', 'coach'],
    ['warned', 'The weather agency warned of more landslides in the south.', 'weather agency'],
    ['in a statement', 'The Korea Fair Trade Commission said in a statement that the fine would stand.', 'Korea Fair Trade Commission'],
    ['In a statement, X said', 'In a statement, the prosecution said it would appeal.', 'prosecution'],
    ['a text message sent to reporters', 'The missile flew 350 km, a JCS officer said in a text message sent to reporters.', 'JCS'],
    ['with an adverb', 'Police later said two suspects had been detained.', 'police'],
    ['with an auxiliary', 'Labor unions have called for a nationwide strike.', 'labor unions'],
    ['was quoted as saying', 'The coach was quoted as saying the loss was his fault.', 'coach'],
    ['stressed', 'Finance Minister Choi Sang-mok stressed the need for calm markets.', 'finance minister'],
  ])('%s', (_rule, paragraph, name) => {
    expect(names([paragraph]).at(-1)).toBe(name);
  });

  it.each([
    ['no verb of speech', 'The plant produces solvents used in paint.'],
    ['a place that is called something', 'A village called Hadong was cut off by the flood.'],
    ['a pronoun with nothing before it', '"We are concerned," it said.'],
    ['a thing, not a speaker', 'The ruling said nothing about damages.'],
    ['a plain fact with a number', 'Exports rose 5.2 percent to $58 billion.'],
  ])('%s: nobody', (_rule, paragraph) => {
    expect(names([paragraph])).toEqual([null]);
  });
});

describe('the name a desk uses', () => {
  it.each([
    ['the institution over its spokesperson', ["Seoul's foreign ministry said the transfer had been monitored.", '"We kept track of it," ministry spokesperson Lim Soo-suk said.'], ["Seoul's foreign ministry", "Seoul's foreign ministry"]],
    ['a spokesperson for an institution', ['A spokesperson for the Unification Ministry said talks were not planned.'], ['unification ministry']],
    ['an official of an institution', ['The quake was felt in Busan, an official at the weather agency said.'], ['weather agency']],
    ['a police official is the police', ['"The driver was not drunk," a police official said.'], ['police']],
    ['the defined acronym', [D('North Korea fired two ballistic missiles on Thursday, the Joint Chiefs of Staff (JCS) said.'), 'The Joint Chiefs of Staff said the missiles flew about 350 km.'], ['JCS', 'JCS']],
    ['an acronym defined in another paragraph', [D('The Korea Meteorological Administration (KMA) issued a heavy rain warning.'), 'Up to 200 mm of rain is expected, the KMA said.'], ['KMA', 'KMA']],
    ['a title over a long place name', ['South Gyeongsang Province Governor Park Wan-su called for emergency funds.'], ['governor']],
    ['a title over a name', ['Defense Minister Ahn Gyu-back told lawmakers the drill would go ahead.'], ['defense minister']],
    ['a president by surname', ['President Lee Jae-myung vowed to punish those responsible.'], ['Lee']],
    ['a Western president by surname', ['U.S. President Joe Biden said the allies stood together.'], ['Biden']],
    ['the appositive title, not the name', ["Lee's lawyer, Park Jae-hoon, told reporters the ruling would be appealed."], ['lawyer']],
    ['name first, title after', ['Kim Soo-min, a professor of economics at Seoul National University, said rates would fall.'], ['professor']],
    ['a relative clause after the name', ['Son Heung-min, who scored twice, said the team had grown in confidence.'], ['Son']],
    ['a collective source', ['Residents said the water rose within minutes.', 'Witnesses said they heard two blasts.', 'Officials said the road would reopen on Friday.'], ['residents', 'witnesses', 'officials']],
    ['a collective with a place', ['Jeju residents said the ferry service had stopped.'], ['Jeju residents']],
    ['a company', ['Samsung Electronics said its chip profit tripled.'], ['Samsung Electronics']],
    ['a participle speaks for the subject', ['The U.S. State Department welcomed the talks, saying the allies shared a goal.'], ['U.S. State Department']],
    ['a second verb shares the subject', ['Jeolla Province Governor Kim Young-rok visited the shelter and vowed to rebuild the levee.'], ['governor']],
    ['a speaker inside a relative clause', ['The city had proposed a new bridge, which Mayor Oh said would ease traffic.'], ['mayor']],
    ['a place after the speaker', ['A large hospital in the port city of Mokpo said it would close its ward.'], ['large hospital']],
    ['an acronym that counts its "of"', [D('The Bank of Korea (BOK) held its rate.'), 'The central bank said inflation had eased.'], [null, 'BOK']],
    ['one prosecution under three names', ['Prosecutors said they would appeal.', '"The ruling ignores the evidence," the Suwon District Prosecutors\' Office said.', 'The prosecution added it would file within a week.'], ['prosecutors', 'prosecutors', 'prosecutors']],
    ['an office-holder of an institution already quoted', ['The health ministry said clinics would stay open.', '"We will not close a single clinic," Vice Health Minister Park Min-soo told reporters.', 'Hospital director Cho Jae-won said the ward would reopen.'], ['health ministry', 'health ministry', 'hospital director']],
  ])('%s', (_rule, paragraphs, expected) => {
    expect(names(paragraphs)).toEqual(expected);
  });
});

describe('institution heads beyond the corpus stories', () => {
  // The heads added while reading the composed corpus (hotel, province, airport ...) are kinds of body
  // that speak in any beat: cases from stories no case has.
  it.each([
    ['The school said classes would resume on Monday.', 'school'],
    ['The airport said 40 flights were cancelled because of fog.', 'airport'],
    ['The zoo said the escaped red panda had been found in a park.', 'zoo'],
    ['The museum said the stolen painting had been insured.', 'museum'],
    ['The province said it would pay for the repairs.', 'province'],
    ['The county said water would be trucked to 12 villages.', 'county'],
    ['A Busan hotel said it had cancelled the booking.', 'Busan hotel'],
    ['The church said the service would go ahead.', 'church'],
  ])('%s', (paragraph, name) => {
    expect(names([paragraph])).toEqual([name]);
  });
});

describe('carry-over', () => {
  it('follows "it said", "he added", a surname and a quote running on', () => {
    expect(
      names([
        D('A magnitude 4.8 quake struck near Gyeongju on Monday, the weather agency said.'),
        'No damage was reported, it said.',
        '"The quake was shallow, so people felt it strongly," agency official Yoon Sang-ho said.',
        '"Aftershocks are likely over the next few days."',
        'Yoon added that the agency had sent text alerts within 10 seconds.',
        'Schools in the city stayed open.',
        'He said the alerts had reached 2 million phones.',
      ]),
    ).toEqual(['weather agency', 'weather agency', 'weather agency', 'weather agency', 'weather agency', null, 'weather agency']);
  });

  it('"issued a statement" is a source; "the statement said" and "they said" go back to the institution and the collective', () => {
    expect(
      names([
        D('The Democratic Party issued a statement condemning the raid.'),
        'Police said they had a warrant.',
        'They said the search lasted four hours.',
        'The raid was "political revenge," the statement said.',
      ]),
    ).toEqual(['Democratic Party', 'police', 'police', 'Democratic Party']);
  });

  it('a surname used again names the earlier office-holder', () => {
    expect(
      names([
        "Lee's lawyer, Park Jae-hoon, told reporters the ruling would be appealed.",
        'Prosecutors said they would review the ruling.',
        'Park said his client had cooperated fully.',
      ]),
    ).toEqual(['lawyer', 'prosecutors', 'lawyer']);
  });
});

describe('the kind of speech', () => {
  const speech = (paragraph: string) => (attributeParagraphs([paragraph])[0] as Attribution).speech;
  it.each([
    ['The ministry said the talks were off.', 'comments'],
    ['"We are ready," the coach told reporters.', 'remarks'],
    ['The JCS explained that the missile was fired at a lofted angle.', 'explanation'],
    ['Police announced that the suspect had been arrested.', 'announcement'],
    ['The party said in a statement that it would boycott the vote.', 'statement'],
    ['Residents said the smoke was thick.', 'reactions'],
  ])('%s -> %s', (paragraph, kind) => {
    expect(speech(paragraph)).toBe(kind);
  });
});

describe('content phrases', () => {
  const first = (paragraphs: readonly string[]) => attributeParagraphs(paragraphs).findLast((a) => a !== null)!;
  it.each([
    [[D('Two missiles were fired, the Joint Chiefs of Staff (JCS) said.'), 'The JCS explained the launch angle.'], 'JCS explanation'],
    [["Seoul's foreign ministry said the transfer had been monitored."], "Seoul foreign ministry's comments"],
    [['South Gyeongsang Province Governor Park Wan-su said the damage was severe.'], "governor's comments"],
    [['Residents said the water rose quickly.'], "residents' reactions"],
    [['President Lee Jae-myung told reporters that aid would follow.'], "Lee's remarks"],
    [['Prosecutors said they would appeal.'], "prosecutors' comments"],
  ])('%j -> %s', (paragraphs, phrase) => {
    const { source, speech } = first(paragraphs);
    expect(contentPhrase(source, speech)).toBe(phrase);
  });
});

describe('whether a phrase names a source', () => {
  const lawyer = attributeParagraphs(["Lee's lawyer, Park Jae-hoon, told reporters the ruling would be appealed."])[0]!.source;
  const jcs = attributeParagraphs([D('Two missiles were fired, the Joint Chiefs of Staff (JCS) said.')])[0]!.source;
  it.each([
    ["lawyer's comments", lawyer, 'yes'],
    ["defense lawyer's remarks", lawyer, 'yes'],
    ["Park's comments", lawyer, 'yes'],
    ["prosecutors' comments", lawyer, 'no'],
    ['JCS explanation', jcs, 'yes'],
    ["JCS' explanation", jcs, 'yes'],
    ["Joint Chiefs of Staff's comments", jcs, 'yes'],
    ["military's analysis", jcs, 'yes'],
    ["police announcement", jcs, 'no'],
    ['background', jcs, 'not a source'],
    ['chip sales', lawyer, 'not a source'],
    ['more details', lawyer, 'not a source'],
  ] as const)('%s', (phrase, source, answer) => {
    expect(phraseNamesSource(phrase, source)).toBe(answer);
  });
});
