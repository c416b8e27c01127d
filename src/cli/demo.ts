import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle } from '../article/parse.js';
import { diffLeads } from '../diff/lead-diff.js';
import { formatTerminal } from '../format/terminal.js';
import { Store } from '../store/store.js';
import { commitLead } from './commit.js';
import { EXIT, type Io } from './io.js';
import { readStoryFolder, SAMPLE_STORY_DIR } from './sample.js';
import { gitEnv } from './store-access.js';

const DEMO_AUTHOR = 'Leads Demo <demo@example.invalid>';
// The sample story moved on March 14, 2026, its leads an hour apart.
const FIRST_MOVE = Date.parse('2026-03-14T01:00:00Z');

/**
 * The main job on the sample story: commit it lead by lead into a fresh
 * store, then show the story's log and the diff of its latest lead against
 * the one before, with the ATTN line.
 */
export async function run(_args: unknown, io: Io): Promise<number> {
  const files = await readStoryFolder(SAMPLE_STORY_DIR);
  const dir = join(mkdtempSync(join(tmpdir(), 'leads-demo-')), 'store');
  const { store } = await Store.init(dir, gitEnv(io), 'demo');
  io.stdout(`Committing the sample story (stories/quake-demo/, ${files.length} leads) into a new store in ${dir}\n\n`);

  let story = '';
  for (const [index, file] of files.entries()) {
    const result = await commitLead(store, parseArticle(file.bytes), {
      author: DEMO_AUTHOR,
      time: new Date(FIRST_MOVE + index * 3_600_000),
      window: 24,
    });
    story = result.story;
    io.stdout(`  leads commit ${file.name}  ->  ${result.summary}`);
  }

  const [latest, before] = await store.log(story);
  io.stdout(`\nleads log ${story}\n`);
  for (const lead of await store.log(story)) {
    io.stdout(`  ${lead.commit.slice(0, 7)}  ${(lead.label ?? 'first').padEnd(7)} ${lead.headline}\n`);
  }
  const diff = diffLeads(parseArticle(await store.text(before!.commit)), parseArticle(await store.text(latest!.commit)));
  io.stdout(`\nleads diff ${story}   (${latest!.label} against ${before!.label})\n\n`);
  const color = io.stdoutIsTTY && !io.env.NO_COLOR;
  io.stdout(formatTerminal(diff, { color }));
  io.stdout(`\nATTN line of the ${latest!.label}: ${latest!.attn}\n`);
  io.stdout('(written by hand in the sample file: the ATTN writer that generates it from the diff is not built yet)\n');
  io.stdout(`\nThe store stays in ${dir}: try LEADS_STORE=${dir} npx leads log ${story}\n`);
  return EXIT.ok;
}
