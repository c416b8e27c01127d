// Loaded with `node --import` by the start-up test: records every module URL
// the program resolves, to the file named by LEADS_IMPORT_LOG.
import { register } from 'node:module';

register('./record-imports-hooks.mjs', import.meta.url, { data: { log: process.env.LEADS_IMPORT_LOG } });
