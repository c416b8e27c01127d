import type { Io } from './io.js';
import type { ArgsFrom, CommandSpec, OptionSpec, PositionalSpec } from './command-spec.js';

const storeOption = {
  type: 'string',
  describe: 'the store folder (default: $LEADS_STORE, else ~/.leads)',
} as const satisfies OptionSpec;

/** Options shared by the commands that find or write the ATTN line. */
const attnOptions = {
  style: { type: 'string', describe: 'house style: yonhap (default), reuters, or a JSON file' },
  what: { type: 'string', describe: "the content phrase, such as \"police chief's remarks\"" },
  correction: { type: 'boolean', default: false, describe: 'the change fixes an error: CORRECTS, not UPDATES' },
} as const satisfies Readonly<Record<string, OptionSpec>>;

const windowOption = {
  type: 'number',
  default: 24,
  describe: 'hours within which a slug continues its story',
  range: { min: 0, takes: 'a number of hours, 0 or more' },
} as const satisfies OptionSpec;
const authorOption = { type: 'string', describe: '"Name <email>" (default: git\'s configured identity)' } as const satisfies OptionSpec;

/** Two files, or a story and two of its leads: the arguments of `diff` and `attn`. */
const leadPair = [
  { name: 'first', required: false, describe: 'the old file, or the story id (with --story: FROM)' },
  { name: 'second', required: false, describe: 'the new file, or a lead of the story: alone, compared with the lead before it; with a third, FROM' },
  { name: 'third', required: false, describe: 'TO, a lead of the story (default: the latest)' },
] as const satisfies readonly PositionalSpec[];
const pairStoryOption = {
  type: 'string',
  describe: 'read the leads from this story (then one positional N compares lead N with the one before it; two are FROM and TO)',
} as const satisfies OptionSpec;
const remote = [
  { name: 'remote', required: false, default: 'origin', describe: 'a remote of the store, a URL or a folder' },
] as const satisfies readonly PositionalSpec[];

/**
 * The command table, as data: each command's positionals, options and
 * examples (cheap: `--help` and the argument parsers need them), and below it
 * where each command's code lives (loaded only when the command runs, so that
 * `leads --help` imports neither the diff engine nor git). yargs builds help,
 * completion and error messages from this table; a small parser reads plain
 * invocations from the same table without loading yargs at all (see args.ts);
 * and each command's argument type is derived from its entry (`ArgsOf`).
 */
export const COMMANDS = [
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
  },
  {
    name: 'blame',
    describe: "where each paragraph of a lead comes from: the lead it first appeared in and the lead that last changed it",
    positionals: [
      { name: 'story', required: true, describe: 'the story id' },
      { name: 'lead', required: false, describe: "the lead to explain, as for 'leads show' (default: the latest)" },
    ],
    options: {
      json: { type: 'boolean', default: false, describe: 'print paragraphs and header elements with since/changed/moved as JSON' },
      grep: { type: 'string', describe: 'list every lead that carried this text, and the paragraph it sat in' },
      store: storeOption,
    },
    examples: [
      ['$0 blame quake-20260314', 'since and changed for each paragraph of the latest lead'],
      ['$0 blame quake-20260314 --grep "6,200"', 'the leads that carried a figure'],
    ],
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
  },
  {
    name: 'serve',
    describe: "a read-only web page for the desk: stories, timelines and redlines",
    positionals: [],
    options: {
      port: {
        type: 'number',
        default: 4410,
        describe: 'the port (0 picks a free one)',
        range: { min: 0, max: 65535, integer: true, takes: 'a port number from 0 to 65535' },
      },
      host: { type: 'string', default: '127.0.0.1', describe: 'the address to listen on' },
      'allow-host': { type: 'string', describe: 'DNS names (comma-separated) the page may be reached by besides its address' },
      store: storeOption,
    },
    examples: [
      ['$0 serve --port 8080', 'open http://127.0.0.1:8080/ in a browser'],
      ['$0 serve --host 0.0.0.0 --allow-host desk.newsroom.example', 'for the whole newsroom, by that name'],
    ],
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
  },
  {
    name: 'rebase',
    describe: "re-commit the leads 'leads pull' kept aside, merged paragraph by paragraph onto the story's latest lead",
    positionals: [
      { name: 'story', required: true, describe: 'the story id' },
    ],
    options: {
      'dry-run': { type: 'boolean', default: false, describe: 'print the merged lead, conflicts between markers, and write nothing (exit 3 on a conflict)' },
      continue: { type: 'string', describe: 'commit this resolved draft for the kept lead that conflicted, then go on with the rest' },
      drop: { type: 'boolean', default: false, describe: "remove the story's kept leads, printing each one's commit id" },
      author: authorOption,
      style: attnOptions.style,
      store: storeOption,
    },
    examples: [
      ['$0 rebase quake-20260314', 'merge and re-commit the kept leads of the story'],
      ['$0 rebase quake-20260314 --dry-run > draft.txt', 'the merged lead, conflicts marked, to resolve in an editor'],
      ['$0 rebase quake-20260314 --continue draft.txt', 'commit the resolved draft and go on'],
    ],
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
  },
  {
    name: 'eval',
    describe: 'compare the ATTN lines leads writes with published ones, over a folder of cases',
    positionals: [
      { name: 'dir', required: true, describe: 'a folder of cases: sub-folders with prev.txt, next.txt, meta.json' },
    ],
    options: {
      min: {
        type: 'number',
        describe: 'exit 1 when fewer than this percentage of cases agree on all four (verbs, elements, positions, what)',
        range: { min: 0, max: 100, takes: 'a percentage from 0 to 100' },
      },
    },
    examples: [
      ['$0 eval tests/attn/cases --min 100', 'the case suite, as CI runs it'],
    ],
  },
  {
    name: 'demo',
    describe: 'run leads on the sample story that ships with it',
    positionals: [],
    options: {},
    examples: [
      ['$0 demo', 'read the sample story lead by lead'],
    ],
  },
] as const satisfies readonly CommandSpec[];

export type CommandName = (typeof COMMANDS)[number]['name'];

/** The table entry of `leads NAME`. */
export type SpecOf<Name extends CommandName> = Extract<(typeof COMMANDS)[number], { readonly name: Name }>;

/** The arguments `leads NAME` hands its command, as its table entry declares them. */
export type ArgsOf<Name extends CommandName> = ArgsFrom<SpecOf<Name>>;

/**
 * What a command's file exports. `run` is a property, not a method, so that
 * its parameter is checked strictly: a module whose `run` expects an option
 * the entry lacks, or of another type, is refused here.
 */
export interface CommandModule<Name extends CommandName> {
  readonly run: (args: ArgsOf<Name>, io: Io) => Promise<number>;
}

const LOADERS: { readonly [Name in CommandName]: () => Promise<CommandModule<Name>> } = {
  init: () => import('./commands/init.js'),
  commit: () => import('./commands/commit.js'),
  log: () => import('./commands/log.js'),
  show: () => import('./commands/show.js'),
  blame: () => import('./commands/blame.js'),
  list: () => import('./commands/list.js'),
  export: () => import('./commands/export.js'),
  import: () => import('./commands/import.js'),
  serve: () => import('./commands/serve.js'),
  push: () => import('./commands/push.js'),
  pull: () => import('./commands/pull.js'),
  rebase: () => import('./commands/rebase.js'),
  attn: () => import('./commands/attn.js'),
  check: () => import('./commands/check.js'),
  diff: () => import('./commands/diff.js'),
  parse: () => import('./commands/parse.js'),
  eval: () => import('./commands/eval.js'),
  demo: () => import('./commands/demo.js'),
};

/** Loads a command's code (its own bundle chunk) when it is about to run. */
export function loadCommand<Name extends CommandName>(name: Name): Promise<CommandModule<Name>> {
  return LOADERS[name]();
}
