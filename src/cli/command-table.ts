import type { Io } from './io.js';

/**
 * The command table, as data: each command's positionals, options and
 * examples (cheap: `--help` and the argument parsers need them) and where
 * its code lives (loaded only when the command runs, so that `leads --help`
 * imports neither the diff engine nor git). yargs builds help, completion and
 * error messages from this table; a small parser reads plain invocations
 * from the same table without loading yargs at all (see args.ts).
 */
export interface CommandModule {
  // Each command declares the arguments its table entry guarantees; `never`
  // lets any such signature in, and the one call site casts to it.
  run(args: never, io: Io): Promise<number>;
}

export interface PositionalSpec {
  readonly name: string;
  readonly required: boolean;
  readonly default?: string;
  readonly describe: string;
}

export type OptionSpec =
  | { readonly type: 'string'; readonly default?: string; readonly describe: string }
  | { readonly type: 'number'; readonly default?: number; readonly describe: string }
  | { readonly type: 'boolean'; readonly default?: boolean; readonly describe: string }
  | { readonly choices: readonly string[]; readonly default?: string; readonly describe: string };

export interface CommandSpec {
  readonly name: string;
  readonly describe: string;
  readonly positionals: readonly PositionalSpec[];
  /** Options by their name on the command line (kebab-case). */
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly examples: readonly (readonly [string, string])[];
  readonly load: () => Promise<CommandModule>;
}

/** `attn <first> [second] [third]`: the command as yargs writes it. */
export function usageOf(spec: CommandSpec): string {
  return [spec.name, ...spec.positionals.map((p) => (p.required ? `<${p.name}>` : `[${p.name}]`))].join(' ');
}

const storeOption: OptionSpec = {
  type: 'string',
  describe: 'the store folder (default: $LEADS_STORE, else ~/.leads)',
};

/** Options shared by the commands that find or write the ATTN line. */
const attnOptions: Readonly<Record<string, OptionSpec>> = {
  style: { type: 'string', describe: 'house style: yonhap (default), reuters, or a JSON file' },
  what: { type: 'string', describe: "the content phrase, such as \"police chief's remarks\"" },
  correction: { type: 'boolean', default: false, describe: 'the change fixes an error: CORRECTS, not UPDATES' },
};

const windowOption: OptionSpec = { type: 'number', default: 24, describe: 'hours within which a slug continues its story' };
const authorOption: OptionSpec = { type: 'string', describe: '"Name <email>" (default: git\'s configured identity)' };

/** Two files, or a story and two of its leads: the arguments of `diff` and `attn`. */
const leadPair: readonly PositionalSpec[] = [
  { name: 'first', required: false, describe: 'the old file, or the story id (with --story: FROM)' },
  { name: 'second', required: false, describe: 'the new file, or FROM (a lead of the story)' },
  { name: 'third', required: false, describe: 'TO, a lead of the story (default: the latest)' },
];
const pairStoryOption: OptionSpec = { type: 'string', describe: 'read the leads from this story (then the positionals are FROM and TO)' };
const remote: readonly PositionalSpec[] = [
  { name: 'remote', required: false, default: 'origin', describe: 'a remote of the store, a URL or a folder' },
];

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'init',
    describe: 'create a story store (a bare git repository)',
    positionals: [
      { name: 'dir', required: false, describe: 'where to create it (default: --store, $LEADS_STORE, else ~/.leads)' },
    ],
    options: {
      store: storeOption,
      name: { type: 'string', describe: "the store's name, used in story URIs (default: the folder's name)" },
    },
    examples: [
      ['$0 init ~/desk-store', 'create a store in ~/desk-store'],
    ],
    load: () => import('./commands/init.js'),
  },
  {
    name: 'commit',
    describe: 'commit a lead into its story, with the next label and the ATTN line',
    positionals: [
      { name: 'file', required: true, describe: 'the lead, or - for standard input' },
    ],
    options: {
      story: { type: 'string', describe: 'the story id (default: found by the slug line)' },
      new: { type: 'boolean', default: false, describe: 'start a new story even if the slug moved recently' },
      author: authorOption,
      date: { type: 'string', describe: 'the time the lead moved, ISO 8601 (default: now), to import old copy' },
      'dry-run': { type: 'boolean', default: false, describe: 'do everything but write' },
      print: { type: 'boolean', default: false, describe: 'print the lead as it must move; the summary goes to stderr' },
      window: windowOption,
      ...attnOptions,
      'fix-attn': { type: 'boolean', default: false, describe: "replace a hand-written ATTN line that disagrees with the copy by leads' line" },
      'keep-attn': { type: 'boolean', default: false, describe: 'keep a hand-written ATTN line without checking it' },
      store: storeOption,
    },
    examples: [
      ['$0 commit draft.txt', 'commit draft.txt as the next lead of its story'],
      ['$0 show quake-20260314 > draft.txt && $EDITOR draft.txt && $0 commit draft.txt', 'the usual round'],
    ],
    load: () => import('./commands/commit.js'),
  },
  {
    name: 'log',
    describe: "a story's leads, newest first: label, time, author, headline, ATTN line",
    positionals: [
      { name: 'story', required: false, describe: 'the story id' },
    ],
    options: {
      json: { type: 'boolean', default: false, describe: 'print an array of leads as JSON' },
      unsent: { type: 'boolean', default: false, describe: "leads 'leads pull' kept aside because the remote moved first" },
      store: storeOption,
    },
    examples: [
      ['$0 log quake-20260314', 'the wire log of one story'],
      ['$0 log --unsent', 'local leads waiting to be re-committed after a pull'],
    ],
    load: () => import('./commands/log.js'),
  },
  {
    name: 'show',
    describe: 'print one lead as it moved',
    positionals: [
      { name: 'story', required: true, describe: 'the story id' },
      { name: 'lead', required: false, describe: "a number (0 = first), a label ('LEAD', '2nd LD', '2nd'), a commit id, or 'latest'" },
    ],
    options: {
      store: storeOption,
    },
    examples: [
      ['$0 show quake-20260314 2nd', 'the 2nd LD of the story'],
    ],
    load: () => import('./commands/show.js'),
  },
  {
    name: 'list',
    describe: 'every story with its latest label, time and headline, newest first',
    positionals: [],
    options: {
      json: { type: 'boolean', default: false, describe: 'print an array of stories as JSON' },
      store: storeOption,
    },
    examples: [
      ['$0 list --json', 'the stories as JSON'],
    ],
    load: () => import('./commands/list.js'),
  },
  {
    name: 'export',
    describe: 'a lead (or all leads) of a story as IPTC ninjs JSON or NewsML-G2 XML',
    positionals: [
      { name: 'story', required: true, describe: 'the story id' },
      { name: 'lead', required: false, describe: "a lead as for 'leads show' (default: the latest)" },
    ],
    options: {
      format: { choices: ['ninjs', 'newsml'], default: 'ninjs', describe: 'IPTC ninjs 3.x or NewsML-G2 2.35' },
      all: { type: 'boolean', default: false, describe: 'every lead: a JSON array, or one newsMessage' },
      store: storeOption,
    },
    examples: [
      ['$0 export quake-20260314 --format newsml', 'the latest lead as a NewsML-G2 newsItem'],
    ],
    load: () => import('./commands/export.js'),
  },
  {
    name: 'import',
    describe: 'commit a folder of past leads into the store, as published (resumable)',
    positionals: [
      { name: 'dir', required: true, describe: 'one sub-folder per story (its name is the story id), leads in order by file name' },
    ],
    options: {
      author: authorOption,
      store: storeOption,
    },
    examples: [
      ['$0 import archive/', 'import every story folder under archive/'],
    ],
    load: () => import('./commands/import.js'),
  },
  {
    name: 'serve',
    describe: "a read-only web page for the desk: stories, timelines and redlines",
    positionals: [],
    options: {
      port: { type: 'number', default: 4410, describe: 'the port (0 picks a free one)' },
      host: { type: 'string', default: '127.0.0.1', describe: 'the address to listen on' },
      store: storeOption,
    },
    examples: [
      ['$0 serve --port 8080', 'open http://127.0.0.1:8080/ in a browser'],
    ],
    load: () => import('./commands/serve.js'),
  },
  {
    name: 'push',
    describe: "send every story to a shared git remote; never forces",
    positionals: remote,
    options: {
      store: storeOption,
    },
    examples: [
      ['$0 push origin', 'send all stories to origin'],
    ],
    load: () => import('./commands/push.js'),
  },
  {
    name: 'pull',
    describe: 'bring every story from a shared git remote; keeps local leads the remote lacks',
    positionals: remote,
    options: {
      store: storeOption,
    },
    examples: [
      ['$0 pull origin', 'bring all stories from origin'],
    ],
    load: () => import('./commands/pull.js'),
  },
  {
    name: 'attn',
    describe: 'write the ATTN line for a lead from the real diff (two files, or a story and its leads)',
    positionals: leadPair,
    options: {
      story: pairStoryOption,
      json: { type: 'boolean', default: false, describe: 'print the label, lead, line and clauses as JSON' },
      ...attnOptions,
      store: storeOption,
    },
    examples: [
      ['$0 attn old.txt new.txt', 'the ATTN line for new.txt after old.txt'],
      ['$0 attn quake-20260314 --style reuters', "the latest lead's update note in Reuters style"],
    ],
    load: () => import('./commands/attn.js'),
  },
  {
    name: 'check',
    describe: "check a lead's label and hand-written ATTN line against the real diff with the previous lead",
    positionals: [
      { name: 'file', required: true, describe: 'the lead, or - for standard input' },
    ],
    options: {
      story: { type: 'string', describe: 'check against the latest lead of this story (default: found by the slug line)' },
      against: { type: 'string', describe: 'check against this previous lead file instead of the store' },
      ...attnOptions,
      window: windowOption,
      store: storeOption,
    },
    examples: [
      ['$0 check draft.txt --against 02.txt', 'is the ATTN line in draft.txt right? exit 1 if not'],
    ],
    load: () => import('./commands/check.js'),
  },
  {
    name: 'diff',
    describe: 'what changed between two leads, paragraph by paragraph (two files, or a story and its leads)',
    positionals: leadPair,
    options: {
      story: pairStoryOption,
      format: { choices: ['terminal', 'unified', 'json', 'html'], describe: 'output format (default: terminal)' },
      color: { choices: ['always', 'never', 'auto'], default: 'auto', describe: 'colour (auto: on a terminal unless NO_COLOR is set)' },
      stat: { type: 'boolean', default: false, describe: 'one line: how many paragraphs added, edited, moved, deleted' },
      pager: { type: 'boolean', default: true, describe: 'use a pager on a terminal (--no-pager to turn off)' },
      'exit-code': { type: 'boolean', default: false, describe: 'exit 1 when the leads differ' },
      store: storeOption,
    },
    examples: [
      ['$0 diff old.txt new.txt', 'compare two files'],
      ['$0 diff quake-20260314', 'the latest lead of a story against the one before'],
      ['$0 diff quake-20260314 1 3 --format html > redline.html', 'a redline page from LEAD to 3rd LD'],
    ],
    load: () => import('./commands/diff.js'),
  },
  {
    name: 'parse',
    describe: 'show what leads reads in a lead: label, headline, ATTN, byline, dateline, numbered paragraphs, photos',
    positionals: [
      { name: 'file', required: true, describe: 'the lead, or - for standard input' },
    ],
    options: {
      json: { type: 'boolean', default: false, describe: 'print the whole article as JSON' },
    },
    examples: [
      ['$0 parse stories/quake-demo/02.txt', 'summarize the 2nd LD of the sample story'],
      ['$0 parse - --json < draft.txt', 'the article as JSON, read from standard input'],
    ],
    load: () => import('./commands/parse.js'),
  },
  {
    name: 'eval',
    describe: 'compare the ATTN lines leads writes with published ones, over a folder of cases',
    positionals: [
      { name: 'dir', required: true, describe: 'a folder of cases: sub-folders with prev.txt, next.txt, meta.json' },
    ],
    options: {
      min: { type: 'number', describe: 'exit 1 when fewer than this percentage of cases agree on all four (verbs, elements, positions, what)' },
    },
    examples: [
      ['$0 eval tests/attn/cases --min 100', 'the case suite, as CI runs it'],
    ],
    load: () => import('./commands/eval.js'),
  },
  {
    name: 'demo',
    describe: 'run leads on the sample story that ships with it',
    positionals: [],
    options: {},
    examples: [
      ['$0 demo', 'read the sample story lead by lead'],
    ],
    load: () => import('./commands/demo.js'),
  },
];
