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

export const COMMANDS: readonly CommandSpec[] = [
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
    command: 'demo',
    describe: 'run leads on the sample story that ships with it',
    builder: (y) => y.example('$0 demo', 'read the sample story lead by lead'),
    load: () => import('./demo.js'),
  },
];
