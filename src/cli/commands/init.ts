import { Store } from '../../store/store.js';
import { EXIT, type Io } from '../io.js';
import { gitEnv, storeDir } from '../store-access.js';
import type { ArgsOf } from '../command-table.js';

export async function run(args: ArgsOf<'init'>, io: Io): Promise<number> {
  const dir = storeDir({ store: args.dir ?? args.store }, io);
  const { store, created } = await Store.init(dir, gitEnv(io), args.name);
  io.stdout(created ? `created store ${await store.name()} in ${store.dir}\n` : `a store is already in ${store.dir}; nothing to do\n`);
  return EXIT.ok;
}
