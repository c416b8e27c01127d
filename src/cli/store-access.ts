import { Store } from '../store/store.js';
import type { Io } from './io.js';
import { gitEnv, storeDir, type StoreArgs } from './store-location.js';

export { gitEnv, storeDir, type StoreArgs } from './store-location.js';

export function openStore(args: StoreArgs, io: Io): Promise<Store> {
  return Store.open(storeDir(args, io), gitEnv(io));
}
