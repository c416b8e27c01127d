import { EXIT, type Io } from '../io.js';
import { openStore } from '../store-access.js';
import type { ArgsOf } from '../command-table.js';

export async function run(args: ArgsOf<'show'>, io: Io): Promise<number> {
  const store = await openStore(args, io);
  const record = await store.resolve(args.story, args.lead ?? 'latest');
  io.stdout(await store.text(record.commit));
  return EXIT.ok;
}
