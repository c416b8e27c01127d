import { parseArticle } from '../../article/parse.js';
import { afterGap, blameLeads, grepLeads, type ElementBlame } from '../../diff/blame.js';
import type { LeadRecord } from '../../store/store.js';
import { EXIT, type Io } from '../io.js';
import { openStore } from '../store-access.js';
import type { ArgsOf } from '../command-table.js';

/**
 * `leads blame STORY [LEAD]`: since/changed/moved for each paragraph and
 * header element of a lead, read from one pass over the story's history;
 * `--grep TEXT`: the leads that carried a text.
 */
export async function run(args: ArgsOf<'blame'>, io: Io): Promise<number> {
  const store = await openStore(args, io);
  const log = await store.log(args.story);
  const last = args.lead === undefined ? log[0]! : await store.lookup(log, args.story, args.lead);
  const records = log.filter((record) => record.lead <= last.lead).reverse();
  const texts = await store.texts(records.map((record) => record.commit));
  const leads = texts.map((text) => parseArticle(text));

  if (args.grep !== undefined) {
    const hits = grepLeads(leads, args.grep).map((hit) => ({ ...leadOf(records[hit.index]!), paragraph: hit.paragraph, text: hit.text }));
    if (args.json) io.stdout(`${JSON.stringify(hits, null, 2)}\n`);
    else for (const hit of hits) io.stdout(`${labelOf(hit.label).padEnd(14)} para ${String(hit.paragraph).padEnd(3)} ${opening(hit.text)}\n`);
    return hits.length > 0 ? EXIT.ok : EXIT.negative;
  }

  const blame = blameLeads(leads);
  const numbers = records.map((record) => record.lead);
  // After leads the archive never caught, the answer is "this lead or earlier".
  const at = (index: number) => ({ ...leadOf(records[index]!), ...(afterGap(numbers, index) ? { orEarlier: true } : {}) });
  const nameAt = (index: number) => `${labelOf(records[index]!.label)}${afterGap(numbers, index) ? ' or earlier' : ''}`;
  if (args.json) {
    const element = (e: ElementBlame | null) => (e === null ? null : { since: at(e.since), changed: at(e.changed) });
    io.stdout(
      `${JSON.stringify(
        {
          paragraphs: blame.paragraphs.map((p) => ({ n: p.n, text: p.text, since: at(p.since), changed: at(p.changed), moved: p.moved.map(at) })),
          elements: {
            headline: element(blame.elements.headline),
            byline: element(blame.elements.byline),
            dateline: element(blame.elements.dateline),
            photos: blame.elements.photos.map(element),
          },
        },
        null,
        2,
      )}\n`,
    );
    return EXIT.ok;
  }
  const width = Math.max(5, ...records.map((_, index) => nameAt(index).length));
  const row = (n: string, since: number, changed: number, text: string) =>
    `${n.padStart(3)}  ${nameAt(since).padEnd(width)}  ${nameAt(changed).padEnd(width)}  ${text}\n`;
  io.stdout(`${'#'.padStart(3)}  ${'since'.padEnd(width)}  ${'changed'.padEnd(width)}  paragraph\n`);
  if (blame.elements.headline) io.stdout(row('hed', blame.elements.headline.since, blame.elements.headline.changed, opening(leads.at(-1)!.headline ?? '')));
  for (const p of blame.paragraphs) {
    const moved = p.moved.length > 0 ? `  (moved in ${p.moved.map((i) => labelOf(records[i]!.label)).join(', ')})` : '';
    io.stdout(row(String(p.n), p.since, p.changed, `${opening(p.text)}${moved}`));
  }
  return EXIT.ok;
}

function leadOf(record: LeadRecord): { lead: number; label: string | null; time: string; commit: string } {
  return { lead: record.lead, label: record.label, time: record.time, commit: record.commit };
}

function labelOf(label: string | null): string {
  return label ?? 'first version';
}

/** The paragraph's opening words, as much as a terminal line holds. */
function opening(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
