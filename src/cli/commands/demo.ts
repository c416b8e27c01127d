import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle } from '../../article/parse.js';
import { writeAttn } from '../../attn/write-attn.js';
import { diffLeads } from '../../diff/lead-diff.js';
import { formatTerminal } from '../../format/terminal.js';
import { Store } from '../../store/store.js';
import { commitLead } from './commit.js';
import { EXIT, type Io } from '../io.js';
import { readStoryFolder, SAMPLE_STORY_DIR } from '../sample.js';
import { gitEnv } from '../store-access.js';
import type { ArgsOf } from '../command-table.js';

const DEMO_AUTHOR = 'Leads Demo <demo@example.invalid>';
// The sample story moved on March 14, 2026, its leads an hour apart.
const FIRST_MOVE = Date.parse('2026-03-14T01:00:00Z');

/**
 * The main job on the sample story: commit it lead by lead into a fresh
 * store (checking each hand-written ATTN line against the line leads
 * writes), then show the story's log and the diff of its latest lead against
 * the one before, with the ATTN line leads writes for it.
 */
export async function run(_args: ArgsOf<'demo'>, io: Io): Promise<number> {
  const files = await readStoryFolder(SAMPLE_STORY_DIR);
  const dir = join(mkdtempSync(join(tmpdir(), 'leads-demo-')), 'store');
  const { store } = await Store.init(dir, gitEnv(io), 'demo');
  io.stdout(`Committing the sample story (stories/quake-demo/, ${files.length} leads) into a new store in ${dir}\n\n`);

  let story = '';
  for (const [index, file] of files.entries()) {
    const draft = parseArticle(file.bytes);
    const result = await commitLead(store, draft, {
      author: DEMO_AUTHOR,
      time: new Date(FIRST_MOVE + index * 3_600_000),
      window: 24,
    });
    if (result.kind === 'rejected') {
      io.stderr(`leads: the hand-written ATTN line of ${file.name} does not match its copy: ${result.findings[0]?.message}\n`);
      return EXIT.negative;
    }
    story = result.story;
    io.stdout(`  leads commit ${file.name}  ->  ${result.summary}`);
    if (result.generated !== null) {
      io.stdout(`      the desk wrote  ${draft.attn ?? '(nothing)'}\n`);
      io.stdout(`      leads wrote     ${result.generated}   (the desk's line agrees with the copy)\n`);
    }
  }

  const log = await store.log(story);
  const [latest, before] = log;
  io.stdout(`\nleads log ${story}\n`);
  for (const lead of log) {
    io.stdout(`  ${lead.commit.slice(0, 7)}  ${(lead.label ?? 'first').padEnd(7)} ${lead.headline}\n`);
  }
  const [beforeText, latestText] = await store.texts([before!.commit, latest!.commit]);
  const diff = diffLeads(parseArticle(beforeText!), parseArticle(latestText!));
  io.stdout(`\nleads diff ${story}   (${latest!.label} against ${before!.label})\n\n`);
  const color = io.stdoutIsTTY && !io.env.NO_COLOR;
  io.stdout(formatTerminal(diff, { color }));
  const written = writeAttn(diff);
  io.stdout(`\nATTN line for the ${latest!.label}, written by leads from this diff:\n  ${written.line}\n`);
  io.stdout(`\nThe store stays in ${dir}: try LEADS_STORE=${dir} npx leads log ${story}\n`);
  return EXIT.ok;
}
