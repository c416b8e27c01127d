import type { Argv } from 'yargs';
import type { Io } from './io.js';

/**
 * The command table. Each entry says how the command reads its arguments
 * (cheap: it is needed for `--help`) and where its code lives (loaded only
 * when the command runs, so that `leads --help` imports neither the diff
 * engine nor git).
 */
export interface CommandModule {
  // Each command declares the arguments its builder guarantees; `never` lets
  // any such signature in, and the one call site casts yargs' result to it.
  run(args: never, io: Io): Promise<number>;
}

export interface CommandSpec {
  readonly command: string;
  readonly describe: string;
  readonly builder: (yargs: Argv) => Argv;
  readonly load: () => Promise<CommandModule>;
}

const storeOption = {
  type: 'string',
  describe: 'the store folder (default: $LEADS_STORE, else ~/.leads)',
} as const;

export const COMMANDS: readonly CommandSpec[] = [
  {
    command: 'init [dir]',
    describe: 'create a story store (a bare git repository)',
    builder: (y) =>
      y
        .positional('dir', { type: 'string', describe: 'where to create it (default: --store, $LEADS_STORE, else ~/.leads)' })
        .option('store', storeOption)
        .option('name', { type: 'string', describe: "the store's name, used in story URIs (default: the folder's name)" })
        .example('$0 init ~/desk-store', 'create a store in ~/desk-store'),
    load: () => import('./init.js'),
  },
  {
    command: 'commit <file>',
    describe: 'commit a lead into its story, with the next label and the ATTN line',
    builder: (y) =>
      y
        .positional('file', { type: 'string', describe: 'the lead, or - for standard input' })
        .option('story', { type: 'string', describe: 'the story id (default: found by the slug line)' })
        .option('new', { type: 'boolean', default: false, describe: 'start a new story even if the slug moved recently' })
        .option('author', { type: 'string', describe: '"Name <email>" (default: git\'s configured identity)' })
        .option('date', { type: 'string', describe: 'the time the lead moved, ISO 8601 (default: now), to import old copy' })
        .option('dry-run', { type: 'boolean', default: false, describe: 'do everything but write' })
        .option('print', { type: 'boolean', default: false, describe: 'print the lead as it must move; the summary goes to stderr' })
        .option('window', { type: 'number', default: 24, describe: 'hours within which a slug continues its story' })
        .option('style', { type: 'string', describe: 'house style: yonhap (default), reuters, or a JSON file' })
        .option('what', { type: 'string', describe: "the content phrase, such as \"police chief's remarks\"" })
        .option('correction', { type: 'boolean', default: false, describe: 'the change fixes an error: CORRECTS, not UPDATES' })
        .option('fix-attn', { type: 'boolean', default: false, describe: "replace a hand-written ATTN line that disagrees with the copy by leads' line" })
        .option('keep-attn', { type: 'boolean', default: false, describe: 'keep a hand-written ATTN line without checking it' })
        .option('store', storeOption)
        .example('$0 commit draft.txt', 'commit draft.txt as the next lead of its story')
        .example('$0 show quake-20260314 > draft.txt && $EDITOR draft.txt && $0 commit draft.txt', 'the usual round'),
    load: () => import('./commit.js'),
  },
  {
    command: 'log [story]',
    describe: "a story's leads, newest first: label, time, author, headline, ATTN line",
    builder: (y) =>
      y
        .positional('story', { type: 'string', describe: 'the story id' })
        .option('json', { type: 'boolean', default: false, describe: 'print an array of leads as JSON' })
        .option('unsent', { type: 'boolean', default: false, describe: "leads 'leads pull' kept aside because the remote moved first" })
        .option('store', storeOption)
        .example('$0 log quake-20260314', 'the wire log of one story')
        .example('$0 log --unsent', 'local leads waiting to be re-committed after a pull'),
    load: () => import('./log.js'),
  },
  {
    command: 'show <story> [lead]',
    describe: 'print one lead as it moved',
    builder: (y) =>
      y
        .positional('story', { type: 'string', describe: 'the story id' })
        .positional('lead', { type: 'string', describe: "a number (0 = first), a label ('LEAD', '2nd LD', '2nd'), a commit id, or 'latest'" })
        .option('store', storeOption)
        .example('$0 show quake-20260314 2nd', 'the 2nd LD of the story'),
    load: () => import('./show.js'),
  },
  {
    command: 'list',
    describe: 'every story with its latest label, time and headline, newest first',
    builder: (y) =>
      y
        .option('json', { type: 'boolean', default: false, describe: 'print an array of stories as JSON' })
        .option('store', storeOption)
        .example('$0 list --json', 'the stories as JSON'),
    load: () => import('./list.js'),
  },
  {
    command: 'export <story> [lead]',
    describe: 'a lead (or all leads) of a story as IPTC ninjs JSON or NewsML-G2 XML',
    builder: (y) =>
      y
        .positional('story', { type: 'string', describe: 'the story id' })
        .positional('lead', { type: 'string', describe: "a lead as for 'leads show' (default: the latest)" })
        .option('format', { choices: ['ninjs', 'newsml'] as const, default: 'ninjs' as const, describe: 'IPTC ninjs 3.x or NewsML-G2 2.35' })
        .option('all', { type: 'boolean', default: false, describe: 'every lead: a JSON array, or one newsMessage' })
        .option('store', storeOption)
        .example('$0 export quake-20260314 --format newsml', 'the latest lead as a NewsML-G2 newsItem'),
    load: () => import('./export.js'),
  },
  {
    command: 'import <dir>',
    describe: 'commit a folder of past leads into the store, as published (resumable)',
    builder: (y) =>
      y
        .positional('dir', { type: 'string', describe: 'one sub-folder per story (its name is the story id), leads in order by file name' })
        .option('author', { type: 'string', describe: '"Name <email>" (default: git\'s configured identity)' })
        .option('store', storeOption)
        .example('$0 import archive/', 'import every story folder under archive/'),
    load: () => import('./import.js'),
  },
  {
    command: 'serve',
    describe: "a read-only web page for the desk: stories, timelines and redlines",
    builder: (y) =>
      y
        .option('port', { type: 'number', default: 4410, describe: 'the port (0 picks a free one)' })
        .option('host', { type: 'string', default: '127.0.0.1', describe: 'the address to listen on' })
        .option('store', storeOption)
        .example('$0 serve --port 8080', 'open http://127.0.0.1:8080/ in a browser'),
    load: () => import('./serve.js'),
  },
  {
    command: 'push [remote]',
    describe: "send every story to a shared git remote; never forces",
    builder: (y) =>
      y
        .positional('remote', { type: 'string', default: 'origin', describe: 'a remote of the store, a URL or a folder' })
        .option('store', storeOption)
        .example('$0 push origin', 'send all stories to origin'),
    load: () => import('./push.js'),
  },
  {
    command: 'pull [remote]',
    describe: 'bring every story from a shared git remote; keeps local leads the remote lacks',
    builder: (y) =>
      y
        .positional('remote', { type: 'string', default: 'origin', describe: 'a remote of the store, a URL or a folder' })
        .option('store', storeOption)
        .example('$0 pull origin', 'bring all stories from origin'),
    load: () => import('./pull.js'),
  },
  {
    command: 'attn <first> [second] [third]',
    describe: 'write the ATTN line for a lead from the real diff (two files, or a story and its leads)',
    builder: (y) =>
      y
        .positional('first', { type: 'string', describe: 'the old file, or the story id' })
        .positional('second', { type: 'string', describe: 'the new file, or FROM (a lead of the story)' })
        .positional('third', { type: 'string', describe: 'TO, a lead of the story (default: the latest)' })
        .option('story', { type: 'string', describe: 'read the leads from this story (then the positionals are FROM and TO)' })
        .option('json', { type: 'boolean', default: false, describe: 'print the label, lead, line and clauses as JSON' })
        .option('style', { type: 'string', describe: 'house style: yonhap (default), reuters, or a JSON file' })
        .option('what', { type: 'string', describe: "the content phrase, such as \"police chief's remarks\"" })
        .option('correction', { type: 'boolean', default: false, describe: 'the change fixes an error: CORRECTS, not UPDATES' })
        .option('store', storeOption)
        .example('$0 attn old.txt new.txt', 'the ATTN line for new.txt after old.txt')
        .example('$0 attn quake-20260314 --style reuters', "the latest lead's update note in Reuters style"),
    load: () => import('./attn.js'),
  },
  {
    command: 'check <file>',
    describe: "check a lead's label and hand-written ATTN line against the real diff with the previous lead",
    builder: (y) =>
      y
        .positional('file', { type: 'string', describe: 'the lead, or - for standard input' })
        .option('story', { type: 'string', describe: 'check against the latest lead of this story (default: found by the slug line)' })
        .option('against', { type: 'string', describe: 'check against this previous lead file instead of the store' })
        .option('style', { type: 'string', describe: 'house style: yonhap (default), reuters, or a JSON file' })
        .option('what', { type: 'string', describe: "the content phrase, such as \"police chief's remarks\"" })
        .option('correction', { type: 'boolean', default: false, describe: 'the change fixes an error: CORRECTS, not UPDATES' })
        .option('window', { type: 'number', default: 24, describe: 'hours within which a slug continues its story' })
        .option('store', storeOption)
        .example('$0 check draft.txt --against 02.txt', 'is the ATTN line in draft.txt right? exit 1 if not'),
    load: () => import('./check.js'),
  },
  {
    command: 'diff <first> [second] [third]',
    describe: 'what changed between two leads, paragraph by paragraph (two files, or a story and its leads)',
    builder: (y) =>
      y
        .positional('first', { type: 'string', describe: 'the old file, or the story id' })
        .positional('second', { type: 'string', describe: 'the new file, or FROM (a lead of the story)' })
        .positional('third', { type: 'string', describe: 'TO, a lead of the story (default: the latest)' })
        .option('story', { type: 'string', describe: 'read the leads from this story (then the positionals are FROM and TO)' })
        .option('format', { choices: ['terminal', 'unified', 'json', 'html'] as const, describe: 'output format (default: terminal)' })
        .option('color', { choices: ['always', 'never', 'auto'] as const, default: 'auto' as const, describe: 'colour (auto: on a terminal unless NO_COLOR is set)' })
        .option('stat', { type: 'boolean', default: false, describe: 'one line: how many paragraphs added, edited, moved, deleted' })
        .option('pager', { type: 'boolean', default: true, describe: 'use a pager on a terminal (--no-pager to turn off)' })
        .option('exit-code', { type: 'boolean', default: false, describe: 'exit 1 when the leads differ' })
        .option('store', storeOption)
        .example('$0 diff old.txt new.txt', 'compare two files')
        .example('$0 diff quake-20260314', 'the latest lead of a story against the one before')
        .example('$0 diff quake-20260314 1 3 --format html > redline.html', 'a redline page from LEAD to 3rd LD'),
    load: () => import('./diff.js'),
  },
  {
    command: 'parse <file>',
    describe: 'show what leads reads in a lead: label, headline, ATTN, byline, dateline, numbered paragraphs, photos',
    builder: (y) =>
      y
        .positional('file', { type: 'string', describe: 'the lead, or - for standard input' })
        .option('json', { type: 'boolean', default: false, describe: 'print the whole article as JSON' })
        .example('$0 parse stories/quake-demo/02.txt', 'summarize the 2nd LD of the sample story')
        .example('$0 parse - --json < draft.txt', 'the article as JSON, read from standard input'),
    load: () => import('./parse.js'),
  },
  {
    command: 'eval <dir>',
    describe: 'compare the ATTN lines leads writes with published ones, over a folder of cases',
    builder: (y) =>
      y
        .positional('dir', { type: 'string', describe: 'a folder of cases: sub-folders with prev.txt, next.txt, meta.json' })
        .option('min', { type: 'number', describe: 'exit 1 when fewer than this percentage of cases agree on all three' })
        .example('$0 eval tests/attn/cases --min 100', 'the case suite, as CI runs it'),
    load: () => import('./eval.js'),
  },
  {
    command: 'demo',
    describe: 'run leads on the sample story that ships with it',
    builder: (y) => y.example('$0 demo', 'read the sample story lead by lead'),
    load: () => import('./demo.js'),
  },
];
