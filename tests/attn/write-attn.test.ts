import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeAttn } from '../../src/attn/write-attn.js';
import { checkAttn } from '../../src/attn/check.js';
import { parseAttn } from '../../src/attn/grammar.js';
import { REUTERS } from '../../src/attn/style.js';
import { diffLeads } from '../../src/diff/lead-diff.js';
import { FIRE, fireLead } from '../fixtures/story.js';

const extra = fc.constantFrom(
  'Police questioned two plant managers on Wednesday.',
  '"We are cooperating fully," the company said in a statement.',
  'The fire was the third at an Ulsan chemical plant this year.',
  'Shares of the company fell 3 percent in Seoul trading.',
);

/** The fire story, changed the ways desks change leads. */
const nextLead = fc
  .record({
    drop: fc.subarray([1, 2, 3, 4, 5, 6, 7], { maxLength: 2 }),
    edit: fc.subarray([0, 1, 2, 3, 4, 5, 6, 7], { maxLength: 3 }),
    add: fc.array(fc.tuple(fc.nat(9), extra), { maxLength: 3 }),
    swap: fc.option(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))),
    headline: fc.option(fc.constantFrom('Ulsan plant fire brought under control', 'Fire at Ulsan chemical plant forces evacuation of 350 workers')),
    byline: fc.option(fc.constant('Kang Ji-won')),
    photo: fc.boolean(),
  })
  .map(({ drop, edit, add, swap, headline, byline, photo }) => {
    let paras = FIRE.map((p, i) => (edit.includes(i) ? p.replace(/\.$/, i % 2 ? ', officials said.' : ' on Tuesday.') : p));
    paras = paras.filter((_, i) => !drop.includes(i));
    for (const [at, text] of add) paras.splice(Math.min(at, paras.length), 0, text);
    if (swap) {
      const [a, b] = swap.map((n) => Math.min(n, paras.length - 1));
      [paras[a!], paras[b!]] = [paras[b!]!, paras[a!]!];
    }
    return fireLead(paras, {
      ...(headline ? { headline } : {}),
      byline,
      photos: photo ? ['Smoke rises over the plant in Ulsan. (Hangang News)'] : [],
    });
  });

describe('the ATTN writer and checker agree with each other', () => {
  it("the writer's own line always passes the checker, and reads back", () => {
    fc.assert(
      fc.property(nextLead, (next) => {
        const written = writeAttn(diffLeads(fireLead(FIRE), next));
        if (written.line === null) return;
        const check = checkAttn(written.line, written.facts);
        expect(check.findings.filter((f) => f.severity !== 'note'), written.line).toEqual([]);
        expect(parseAttn(written.line).unread).toEqual([]);
        // The same facts in Reuters' words are read back the same.
        const reuters = writeAttn(diffLeads(fireLead(FIRE), next), { style: REUTERS }).line!;
        expect(checkAttn(reuters, written.facts).agrees, reuters).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
