import { parseArticle } from '../../article/parse.js';
import type { ExportedLead } from '../../format/ninjs.js';
import type { LeadRecord } from '../../store/store.js';
import { EXIT, type Io } from '../io.js';
import { openStore } from '../store-access.js';
import type { ArgsOf } from '../command-table.js';

/** A lead of a story, or every lead, as IPTC ninjs JSON or NewsML-G2 XML. */
export async function run(args: ArgsOf<'export'>, io: Io): Promise<number> {
  const store = await openStore(args, io);
  const stored = await store.log(args.story); // newest first
  const history = [...stored].reverse();
  const wanted = args.all ? history : [await store.lookup(stored, args.story, args.lead ?? 'latest')];
  const texts = await store.texts(wanted.map((record) => record.commit));
  const storeName = await store.name();
  const leads = wanted.map((record, index) => exported(storeName, record, texts[index]!, stored));
  if (args.format === 'newsml') {
    const { toNewsItemDocument, toNewsMessage } = await import('../../format/newsml.js');
    io.stdout(args.all ? toNewsMessage(leads, new Date().toISOString()) : toNewsItemDocument(leads[0]!));
  } else {
    const { toNinjs } = await import('../../format/ninjs.js');
    const items = leads.map(toNinjs);
    io.stdout(`${JSON.stringify(args.all ? items : items[0], null, 2)}\n`);
  }
  return EXIT.ok;
}

/** `stored` newest first: the previous version is the greatest number below, an imported archive may have gaps. */
function exported(storeName: string, record: LeadRecord, text: string, stored: readonly LeadRecord[]): ExportedLead {
  const previous = stored.find((r) => r.lead < record.lead) ?? null;
  return {
    storeName,
    story: record.story,
    lead: record.lead,
    article: parseArticle(text),
    versionCreated: record.time,
    firstCreated: stored.at(-1)!.time,
    previous: previous ? { lead: previous.lead } : null,
    correction: record.trailers.get('Correction') === 'yes',
  };
}
