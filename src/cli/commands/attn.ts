import { relabel } from '../../article/label.js';
import { writeAttn } from '../../attn/write-attn.js';
import { formatWhere } from '../../attn/style.js';
import { positionsOf } from '../../attn/clause.js';
import { diffLeads } from '../../diff/lead-diff.js';
import { StoreError } from '../../store/errors.js';
import { EXIT, type Io } from '../io.js';
import { resolvePair, type LeadPair } from '../sources.js';
import { readStyle } from '../style-option.js';
import type { ArgsOf } from '../command-table.js';

export async function run(args: ArgsOf<'attn'>, io: Io): Promise<number> {
  const style = readStyle(args.style, io);
  let pair: LeadPair;
  try {
    pair = await resolvePair(args, io);
  } catch (error) {
    if (error instanceof StoreError && error.kind === 'no-previous') {
      io.stderr('leads: note: a first version carries no ATTN line\n');
      if (args.json) io.stdout(`${JSON.stringify({ label: null, lead: 0, attn: null, clauses: [] }, null, 2)}\n`);
      return EXIT.ok;
    }
    throw error;
  }
  const diff = diffLeads(pair.old, pair.new);
  const written = writeAttn(diff, { style, what: args.what, correction: args.correction });
  if (written.line === null) io.stderr('leads: note: the two leads carry the same copy: no ATTN line\n');
  const lead = pair.story ? pair.story.to : (pair.old.label?.lead ?? 0) + 1;
  const label = pair.story ? pair.new.label : relabel(pair.old.label, lead);
  if (args.json) {
    const clauses = written.clauses.map((clause) => ({
      verb: clause.verb,
      objects: [...clause.elements],
      what: clause.what,
      paragraphs: positionsOf(clause.where, written.facts.paragraphCount),
      where: clause.where ? formatWhere(clause.where, style) : null,
    }));
    io.stdout(`${JSON.stringify({ label: label?.text ?? null, lead, attn: written.line, clauses }, null, 2)}\n`);
  } else if (written.line !== null) {
    io.stdout(`${written.line}\n`);
  }
  return written.line === null ? EXIT.negative : EXIT.ok;
}
