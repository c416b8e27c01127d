import { parseArticle } from '../article/parse.js';
import { EXIT, type Io } from './io.js';
import { readStoryFolder, SAMPLE_STORY_DIR } from './sample.js';

/**
 * The main job on the sample story. The store, the diff engine and the ATTN
 * writer come in their own issues; until then the demo shows what exists:
 * each lead as leads reads it.
 */
export async function run(_args: unknown, io: Io): Promise<number> {
  const leads = await readStoryFolder(SAMPLE_STORY_DIR);
  io.stdout(`Sample story: ${leads.length} leads in stories/quake-demo/\n\n`);
  for (const file of leads) {
    const article = parseArticle(file.bytes);
    const label = article.label?.text ?? 'first version';
    io.stdout(`${file.name}  ${label.padEnd(13)} ${article.paragraphs.length} paras  ${article.headline ?? '(no headline)'}\n`);
    if (article.attn) io.stdout(`${' '.repeat(18)}${article.attn}\n`);
  }
  io.stdout('\nNot yet built: the git store, the paragraph diff and the ATTN writer; this demo only parses the leads.\n');
  return EXIT.ok;
}
