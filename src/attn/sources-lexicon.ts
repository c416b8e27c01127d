/**
 * The words of attribution in wire copy, as data: how copy says who spoke
 * (verbs and phrases of speech), what the speakers are (offices, the people
 * who speak for an institution, institutions, groups of people), and what
 * kind of speech a desk calls it. Each list is a closed class of English
 * news prose, not the vocabulary of one story: a word belongs here when it
 * names a kind of speaker in any beat (politics, courts, the military,
 * disasters, business, sports).
 */

/** The kind of speech an ATTN content phrase names: `JCS explanation`, `minister's remarks`. */
export type SpeechKind = 'comments' | 'remarks' | 'explanation' | 'announcement' | 'statement' | 'reactions';

/**
 * Verbs of speech and the kind of speech each makes. `told` is remarks (to
 * reporters, to lawmakers); `explained` and `briefed` an explanation; the
 * rest are comments unless the phrase around them says otherwise.
 */
export const SPEECH_VERBS: Readonly<Record<string, SpeechKind>> = {
  said: 'comments', says: 'comments', say: 'comments', saying: 'comments',
  // Participles after a comma speak for the sentence's subject: `..., calling the visit a stunt`.
  calling: 'comments', adding: 'comments', noting: 'comments', warning: 'comments', stressing: 'comments',
  claiming: 'comments', arguing: 'comments', urging: 'comments', insisting: 'comments', vowing: 'comments',
  pledging: 'comments', explaining: 'explanation', describing: 'comments',
  told: 'remarks', tells: 'remarks',
  added: 'comments', adds: 'comments',
  noted: 'comments', stressed: 'comments', emphasized: 'comments', emphasised: 'comments',
  explained: 'explanation', briefed: 'explanation',
  warned: 'comments', cautioned: 'comments',
  announced: 'announcement', declared: 'announcement', issued: 'statement', released: 'statement',
  claimed: 'comments', argued: 'comments', urged: 'comments', confirmed: 'comments',
  called: 'comments', vowed: 'comments', pledged: 'comments', promised: 'comments',
  wrote: 'comments', posted: 'comments', tweeted: 'comments',
  insisted: 'comments', maintained: 'comments', asserted: 'comments', stated: 'comments',
  denied: 'comments', admitted: 'comments', acknowledged: 'comments', conceded: 'comments',
  predicted: 'comments', estimated: 'comments', expects: 'comments', expected: 'comments',
  criticized: 'comments', criticised: 'comments', condemned: 'comments', demanded: 'comments',
  replied: 'comments', responded: 'comments', recalled: 'comments', reiterated: 'comments',
  revealed: 'comments', disclosed: 'comments', reported: 'comments', testified: 'comments',
  described: 'comments', suggested: 'comments', hinted: 'comments', indicated: 'comments',
  complained: 'comments', lamented: 'comments', continued: 'comments', concluded: 'comments',
};

/** Phrases around a verb of speech that name the kind of speech instead of the verb. */
export const SPEECH_PHRASES: readonly (readonly [RegExp, SpeechKind])[] = [
  [/\b(?:in|issued|released) (?:a|its|his|her|their) (?:joint )?statement\b|\bstatement said\b/i, 'statement'],
  [/\b(?:told reporters|told lawmakers|told a (?:press|news) (?:conference|briefing))\b/i, 'remarks'],
  [/\b(?:briefing|explanation)\b/i, 'explanation'],
  [/\bannouncement\b/i, 'announcement'],
];

/**
 * People who speak for an institution rather than for themselves: a
 * spokesperson's quote is the ministry's comments, an officer's text
 * message the JCS explanation.
 */
export const SPOKESPEOPLE = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'official', 'officer', 'source', 'representative', 'aide', 'staffer', 'employee',
]);

/** Offices a person holds: the desk names the office (`governor's comments`), not the person. */
export const OFFICES = new Set([
  'minister', 'president', 'governor', 'mayor', 'chairman', 'chairwoman', 'chairperson', 'chair', 'chief', 'director',
  'commissioner', 'ambassador', 'secretary', 'lawyer', 'attorney', 'counsel', 'prosecutor', 'judge', 'justice', 'coach',
  'manager', 'captain', 'professor', 'analyst', 'economist', 'expert', 'researcher', 'scientist', 'doctor', 'physician',
  'lawmaker', 'senator', 'congressman', 'congresswoman', 'leader', 'head', 'envoy', 'diplomat', 'negotiator', 'commander',
  'general', 'colonel', 'admiral', 'premier', 'chancellor', 'king', 'queen', 'pope', 'ceo', 'executive', 'founder',
  'owner', 'player', 'striker', 'midfielder', 'defender', 'goalkeeper', 'pitcher', 'batter', 'skater', 'athlete',
  'champion', 'resident', 'witness', 'survivor', 'villager', 'firefighter', 'worker', 'teacher', 'student', 'farmer',
  'driver', 'passenger', 'victim', 'suspect', 'defendant', 'plaintiff', 'investigator', 'detective', 'inspector',
  'nominee', 'candidate', 'activist', 'protester', 'organizer', 'fan', 'parent', 'relative', 'neighbor', 'neighbour',
  'owner', 'operator', 'engineer', 'nurse', 'rescuer', 'trader', 'dealer', 'strategist', 'observer', 'critic',
]);

/** The head word of an institution's name: `foreign ministry`, `Joint Chiefs of Staff`, `fire department`. */
export const INSTITUTIONS = new Set([
  'ministry', 'agency', 'administration', 'department', 'office', 'service', 'government', 'military', 'army', 'navy',
  'command', 'headquarters', 'staff', 'police', 'court', 'prosecution', 'bank', 'commission', 'committee', 'council',
  'party', 'assembly', 'parliament', 'congress', 'senate', 'union', 'unions', 'association', 'federation', 'hospital',
  'company', 'firm', 'university', 'institute', 'center', 'centre', 'board', 'authority', 'bureau', 'guard', 'corps',
  'cabinet', 'embassy', 'mission', 'organization', 'organisation', 'club', 'league', 'foundation', 'fund', 'group',
  'team', 'station', 'observatory', 'secretariat', 'presidency', 'house', 'regulator', 'watchdog', 'exchange',
  'brigade', 'division', 'forces', 'force', 'network', 'coalition', 'alliance', 'society', 'chamber', 'tribunal',
  'prosecutors', 'management', 'operator', 'carrier', 'maker', 'producer', 'airline', 'insurer', 'hotel', 'school',
  'church', 'museum', 'zoo', 'airport', 'port', 'province', 'city', 'county',
]);

/**
 * Groups of people who speak together: `residents' reactions`, `comments by
 * officials`. Singular members (`a resident`) are the same source.
 */
export const GROUPS = new Set([
  'residents', 'officials', 'witnesses', 'experts', 'analysts', 'villagers', 'survivors', 'lawmakers', 'fans', 'protesters',
  'activists', 'doctors', 'rescuers', 'firefighters', 'prosecutors', 'investigators', 'police', 'authorities', 'workers',
  'students', 'economists', 'observers', 'critics', 'sources', 'officers', 'players', 'passengers', 'relatives',
  'families', 'organizers', 'parents', 'teachers', 'farmers', 'traders', 'dealers', 'nurses', 'neighbors', 'neighbours',
  'scientists', 'researchers', 'engineers', 'unions', 'diplomats', 'victims', 'shoppers',
  'voters', 'citizens', 'locals', 'employees', 'staffers', 'strategists', 'evacuees', 'climbers', 'fishermen', 'drivers',
]);

/** People on the scene speak in reactions, not comments (`reactions from Jeju residents`). */
export const ON_THE_SCENE = new Set([
  'residents', 'witnesses', 'villagers', 'survivors', 'fans', 'passengers', 'relatives', 'families', 'shoppers',
  'voters', 'citizens', 'locals', 'evacuees', 'neighbors', 'neighbours', 'parents', 'climbers', 'fishermen',
]);

/**
 * Words that qualify an office or an institution without naming a place or
 * a proper name: a desk writes them in lower case (`finance minister`,
 * `labor unions`). A capitalised word outside this list is a proper name and
 * keeps its capital (`Seoul mayor`, `Democratic Party`).
 */
export const COMMON_QUALIFIERS = new Set([
  'vice', 'deputy', 'prime', 'first', 'senior', 'assistant', 'acting', 'former', 'chief', 'head', 'executive', 'general',
  'foreign', 'finance', 'defense', 'defence', 'interior', 'unification', 'trade', 'industry', 'health', 'labor', 'labour',
  'justice', 'education', 'environment', 'culture', 'transport', 'economy', 'economic', 'science', 'agriculture', 'home',
  'safety', 'security', 'land', 'oceans', 'fisheries', 'gender', 'welfare', 'employment', 'energy', 'sports', 'tourism',
  'central', 'national', 'city', 'provincial', 'county', 'district', 'local', 'state', 'federal', 'military', 'weather',
  'fire', 'coast', 'police', 'public', 'presidential', 'ruling', 'opposition', 'main', 'defense', 'national', 'joint',
  'team', 'club', 'defence', 'tax', 'customs', 'immigration', 'intelligence', 'statistics', 'disaster', 'emergency',
]);

/**
 * Names that mean the same source in a desk's line: the JCS is the
 * military (`S. Korean military's remarks` on a JCS officer's words).
 */
export const SOURCE_FAMILIES: readonly ReadonlySet<string>[] = [
  new Set(['military', 'jcs', 'army', 'navy', 'marines', 'armed', 'forces', 'troops', 'command', 'chiefs']),
  new Set(['police', 'officers', 'investigators', 'detectives']),
  new Set(['prosecutors', 'prosecution', 'prosecutor']),
  new Set(['lawyer', 'attorney', 'counsel', 'defense', 'defence']),
];

/** Articles, prepositions and pronouns that are never a source's name. */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'for', 'at', 'in', 'on', 'by', 'from', 'with', 'to', 'and', 'or', 'its', 'his', 'her', 'their',
]);

/** Words that open a comma-set phrase that is not the speaker: `, in a statement,` `, who scored twice,`. */
export const ASIDES = /^(?:in|on|at|during|via|through|after|before|when|while|however|meanwhile|speaking|citing|without|who|which|whose|where|adding|also|later|then|again|separately|earlier|instead)\b/i;

/** Words between a speaker and the verb: `Police later said`, `Unions have called`. */
export const BETWEEN = /\s+(?:has|have|had|also|later|further|then|again|earlier|previously|repeatedly|reportedly|separately|officially|publicly|recently|immediately|quickly|firmly|strongly|openly|flatly|clearly|once|would|will|was|were|is|are|did|does|do|not|quoted as)$/i;
