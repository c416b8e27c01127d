import { describe, expect, it } from 'vitest';
import { compareLines, phrasesAgree, readPhrase, whatAgrees } from '../../src/attn/compare.js';

describe('readPhrase', () => {
  it.each([
    // The kind of speech and the possessive go; the last word left is the head.
    ["Seoul foreign ministry's comments", { kind: 'subject', head: 'ministry', modifiers: ['seoul', 'foreign'] }],
    ["JCS' explanation", { kind: 'subject', head: 'jcs', modifiers: [] }],
    ["S. Korean military's remarks", { kind: 'subject', head: 'military', modifiers: ['s', 'korean'] }],
    // X from/by Y: when X is only a kind of speech, Y is the source.
    ['reactions from Jeju residents', { kind: 'subject', head: 'resident', modifiers: ['jeju'] }],
    ['comments by officials', { kind: 'subject', head: 'official', modifiers: [] }],
    // X of Y: the same, so a subject named after "contents of" is the subject.
    ['contents of suicide note', { kind: 'subject', head: 'note', modifiers: ['suicide'] }],
    ['death of firefighter', { kind: 'subject', head: 'death', modifiers: [] }],
    // Any other preposition ends the phrase: "to lawmakers" says who heard it.
    ["ministry's report to lawmakers", { kind: 'subject', head: 'ministry', modifiers: [] }],
    ['death toll in headline', { kind: 'subject', head: 'toll', modifiers: ['death'] }],
    // "additional" says only that there is more; the picks are the subject.
    ['additional personnel picks', { kind: 'subject', head: 'pick', modifiers: ['personnel'] }],
    ['new infection figure', { kind: 'subject', head: 'figure', modifiers: ['infection'] }],
    ['census figures', { kind: 'subject', head: 'figure', modifiers: ['census'] }],
    ["ministries' statements", { kind: 'subject', head: 'ministry', modifiers: [] }],
    ["witnesses' accounts", { kind: 'subject', head: 'witness', modifiers: [] }],
    ['background', { kind: 'subject', head: 'background', modifiers: [] }],
    // Nothing but generic words.
    ['more details', { kind: 'generic' }],
    ['details', { kind: 'generic' }],
    ['additional info', { kind: 'generic' }],
    ['the latest information', { kind: 'generic' }],
    ['comments', { kind: 'generic' }],
    ['details in lead', { kind: 'generic' }],
    // The writer's fact kinds, bare.
    ['figures', { kind: 'fact', fact: 'figures' }],
    ['new figures', { kind: 'fact', fact: 'figures' }],
    ['tally', { kind: 'fact', fact: 'figures' }],
    ['typo', { kind: 'fact', fact: 'typo' }],
    ['typo in headline', { kind: 'fact', fact: 'typo' }],
  ])('reads %j', (phrase, reading) => {
    expect(readPhrase(phrase)).toEqual(reading);
  });
});

describe('phrasesAgree', () => {
  it.each([
    ["Seoul foreign ministry's comments", "ministry's remarks", true],
    ['JCS explanation', "JCS' explanation", true],
    ['more details', 'details', true],
    ['additional details', 'more info', true],
    ['more details', 'JCS explanation', false],
    ["defense lawyer's remarks", "lawyer's comments", true],
    ["prosecutors' comments", "lawyer's comments", false],
    ["prosecutor's comments", "prosecutors' remarks", true],
    ['reactions from Jeju residents', "Jeju residents' reactions", true],
    ['reactions from Jeju residents', "residents' comments", true],
    ['comments by officials', "officials' remarks", true],
    ['comments by officials', 'police announcement', false],
    ['police remarks', 'police announcement', true],
    ['quotes from Yoon', "Yoon's comments", true],
    ["Yoon's announcement of nominations", "Yoon's remarks", true],
    ["ministry's report to lawmakers", "ministry's explanation", true],
    ["S. Korean military's remarks", "military's analysis", true],
    ["S. Korean military's remarks", "South Korean military's remarks", true],
    ['JCS explanation', "military's analysis", false],
    ["minister's remarks", "ministry's comments", false],
    // Both narrow the head, in different ways: two different sources.
    ["defense ministry's comments", "foreign ministry's comments", false],
    ['fire department briefing', "State Department's statement", false],
    ['additional personnel picks', 'personnel picks', true],
    ['additional personnel picks', 'more details', false],
    ["firefighter's death", 'death of firefighter', true],
    ["firefighter's death", 'more details', false],
    ['contents of suicide note', 'suicide note', true],
    ['new infection figure', 'infection figures', true],
    ['new infection figure', 'casualty figures', false],
    ['death toll', 'casualty figures', false],
    ['background', 'more details', false],
    // A bare fact kind agrees only with the same bare kind: "casualty figures" says what they count.
    ['figures', 'figures', true],
    ['figures', 'tally', true],
    ['figures', 'casualty figures', false],
    ['figures', 'more details', false],
    ['typo', 'typo', true],
    ['typo', 'figures', false],
  ])('%j and %j agree: %s', (a, b, agree) => {
    expect(phrasesAgree(a, b)).toBe(agree);
    expect(phrasesAgree(b, a)).toBe(agree);
  });
});

describe('whatAgrees', () => {
  it.each([
    [null, null, [], true],
    ['(ATTN: CHANGES headline)', '(ATTN: CHANGES headline)', [], true],
    ["(ATTN: ADDS Seoul foreign ministry's comments last 3 paras)", "(ATTN: ADDS ministry's remarks last 3 paras)", [], true],
    ['(ATTN: UPDATES throughout with JCS explanation)', '(ATTN: UPDATES throughout)', [], false],
    ['(ATTN: UPDATES throughout)', '(ATTN: UPDATES throughout with JCS explanation)', [], false],
    ['(ATTN: ADDS more details in paras 3-4; ADDS photo)', '(ATTN: ADDS details in paras 3-4, photo)', [], true],
    ['(ATTN: RECASTS headline, lead; UPDATES throughout)', '(ATTN: RECASTS headline, lead; UPDATES throughout with more details)', [], true],
    ['(ATTN: UPDATES figures in 3rd para)', '(ATTN: UPDATES figures in 3rd para)', [], true],
    ['(ATTN: UPDATES figures in 3rd para)', '(ATTN: UPDATES with more details in 3rd para)', [], false],
    ['(ATTN: UPDATES figures in 3rd para)', '(ATTN: UPDATES 3rd para)', [], false],
    [
      "(ATTN: CORRECTS typo in 2nd para; ADDS interior ministry's comments last 2 paras)",
      "(ATTN: ADDS ministry's comments last 2 paras; CORRECTS typo in 2nd para)",
      [],
      true,
    ],
    ["(ATTN: CORRECTS typo in 2nd para; ADDS interior ministry's comments last 2 paras)", "(ATTN: ADDS interior ministry's comments last 2 paras)", [], false],
    ['(ATTN: UPDATES with chip sales, energy imports in paras 2-3)', '(ATTN: UPDATES with chip sales in paras 2-3)', [], false],
    ['(ATTN: UPDATES with chip sales, energy imports in paras 2-3)', '(ATTN: UPDATES with energy imports, chip sales in paras 2-3)', [], true],
    ['(ATTN: UPDATES throughout with police announcement; ADDS photo)', '(ATTN: UPDATES throughout with police announcement, more details; ADDS photo)', [], true],
    ["(ATTN: ADDS ministry's comments last 2 paras)", "(ATTN: ADDS ministry's comments last 2 paras; UPDATES with police remarks in 3rd para)", [], false],
    ['(ATTN: UPDATES death toll in headline, lead)', '(ATTN: UPDATES death toll in headline, lead)', [], true],
    ['(ATTN: UPDATES death toll in headline, lead)', '(ATTN: UPDATES casualty figures in headline, lead)', [], false],
    // what_aliases: other wordings of the published line's main phrase.
    ['(ATTN: ADDS JCS explanation last 2 paras)', "(ATTN: ADDS military's remarks last 2 paras)", [], false],
    ['(ATTN: ADDS JCS explanation last 2 paras)', "(ATTN: ADDS military's remarks last 2 paras)", ["South Korean military's remarks"], true],
    ['(ATTN: ADDS JCS explanation last 2 paras)', '(ATTN: ADDS JCS explanation last 2 paras)', ["South Korean military's remarks"], true],
    ['(ATTN: ADDS JCS explanation last 2 paras)', '(ATTN: ADDS more details last 2 paras)', ["military's remarks"], false],
    ['(ATTN: ADDS more details last 2 paras)', '(ATTN: ADDS rescue details last 2 paras)', [], false],
    ['(ATTN: ADDS more details last 2 paras)', '(ATTN: ADDS rescue details last 2 paras)', ['rescue details'], true],
    // The main phrase is the first one that is not a bare fact kind; the typo clause still has to agree.
    [
      '(ATTN: CORRECTS typo in 2nd para; ADDS JCS explanation last 2 paras)',
      "(ATTN: CORRECTS typo in 2nd para; ADDS military's remarks last 2 paras)",
      ["military's remarks"],
      true,
    ],
    ['(ATTN: CORRECTS typo in 2nd para; ADDS JCS explanation last 2 paras)', "(ATTN: ADDS military's remarks last 2 paras)", ["military's remarks"], false],
    // An alias that lists items stands for the whole list of the main clause.
    ['(ATTN: ADDS chip sales, energy imports in paras 4-5)', '(ATTN: ADDS semiconductor exports, energy imports in paras 4-5)', ['semiconductor exports, energy imports'], true],
    ['(ATTN: ADDS chip sales, energy imports in paras 4-5)', '(ATTN: ADDS semiconductor exports in paras 4-5)', ['semiconductor exports, energy imports'], false],
    ['(ATTN: ADDS chip sales, energy imports in paras 4-5)', '(ATTN: ADDS semiconductor exports, energy imports in paras 4-5)', [], false],
  ] as const)('%j and %j (aliases %j) agree: %s', (published, generated, aliases, agree) => {
    expect(whatAgrees(published, generated, aliases)).toBe(agree);
  });
});

describe('compareLines', () => {
  it('judges verbs, elements, positions and the content phrase apart', () => {
    expect(compareLines("(ATTN: ADDS prosecutors' comments last 3 paras)", "(ATTN: ADDS defense lawyer's remarks in paras 9-11)", 11)).toEqual({
      verbs: true,
      elements: true,
      positions: true,
      what: false,
    });
    expect(compareLines('(ATTN: RECASTS headline; ADDS details throughout)', '(ATTN: CHANGES headline; UPDATES throughout with more details)', 8)).toEqual({
      verbs: false,
      elements: true,
      positions: true,
      what: true,
    });
  });

  it('takes what_aliases for the content phrase', () => {
    const published = '(ATTN: ADDS comments by environment officials last 3 paras)';
    const generated = "(ATTN: ADDS environment ministry's comments last 3 paras)";
    expect(compareLines(published, generated, 11).what).toBe(false);
    expect(compareLines(published, generated, 11, ["environment ministry's comments"]).what).toBe(true);
  });
});
