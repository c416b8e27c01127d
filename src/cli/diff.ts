import { diffLeads, hasChanges } from '../diff/lead-diff.js';
import { formatStat } from '../format/summary.js';
import { EXIT, type Io } from './io.js';
import { page } from './pager.js';
import { resolvePair, type LeadPair, type StoryPairReader } from './sources.js';

export interface DiffArgs {
  first?: string;
  second?: string;
  third?: string;
  story?: string;
  store?: string;
  format?: 'terminal' | 'unified' | 'json' | 'html';
  color: 'always' | 'never' | 'auto';
  stat: boolean;
  pager: boolean;
  exitCode: boolean;
}

export async function run(args: DiffArgs, io: Io): Promise<number> {
  const pair = await resolvePair(args, io, readStoryPair(args.store), (name) => storyExists(args.store, name, io));
  const diff = diffLeads(pair.old, pair.new);
  const output = await render(pair, diff, args, io);
  await page(output, io, args.pager && !args.stat && (args.format ?? 'terminal') === 'terminal');
  return args.exitCode && hasChanges(diff) ? EXIT.negative : EXIT.ok;
}

async function render(pair: LeadPair, diff: ReturnType<typeof diffLeads>, args: DiffArgs, io: Io): Promise<string> {
  if (args.stat) return formatStat(diff);
  switch (args.format ?? 'terminal') {
    case 'json':
      return (await import('../format/json.js')).formatJson(diff);
    case 'unified':
      return (await import('../format/unified.js')).formatUnified(pair.old, pair.new, pair.oldName, pair.newName);
    case 'html':
      return (await import('../format/html.js')).formatHtml(diff, { title: titleOf(pair) });
    case 'terminal': {
      const color = args.color === 'always' || (args.color === 'auto' && io.stdoutIsTTY && !io.env.NO_COLOR);
      return (await import('../format/terminal.js')).formatTerminal(diff, { color });
    }
  }
}

function titleOf(pair: LeadPair): string {
  return pair.story
    ? `${pair.story.id}: lead ${pair.story.from} to lead ${pair.story.to}`
    : `${pair.oldName} to ${pair.newName}`;
}

function readStoryPair(store: string | undefined): StoryPairReader {
  return async (story, refs, io) => (await import('./story-pair.js')).readStoryPair(store, story, refs, io);
}

/** Whether the store holds a story by this name, checked without loading the store machinery. */
async function storyExists(store: string | undefined, name: string, io: Io): Promise<boolean> {
  const [{ storyExistsIn }, { gitEnv, storeDir }] = await Promise.all([import('../store/probe.js'), import('./store-location.js')]);
  return storyExistsIn(storeDir({ store }, io), name, gitEnv(io));
}
