import { EXIT, type Io } from '../io.js';
import { openStore } from '../store-access.js';
import type { ArgsOf } from '../command-table.js';

export async function run(args: ArgsOf<'list'>, io: Io): Promise<number> {
  const store = await openStore(args, io);
  const stories = await store.list();
  if (args.json) {
    const rows = stories.map(({ story, slug, lead, label, time, headline }) => ({ story, slug, lead, label, time, headline }));
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT.ok;
  }
  if (stories.length === 0) io.stderr(`leads: note: the store in ${store.dir} holds no story yet; 'leads commit FILE' adds one\n`);
  const width = Math.max(0, ...stories.map((s) => s.story.length));
  for (const s of stories) {
    io.stdout(`${s.story.padEnd(width)}  ${(s.label ?? 'first').padEnd(8)} ${s.time}  ${s.headline ?? '(no headline)'}\n`);
  }
  return EXIT.ok;
}
