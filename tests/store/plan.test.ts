import { describe, expect, it } from 'vitest';
import { parseLeadLabel } from '../../src/article/label.js';
import { planLead } from '../../src/store/plan.js';
import { FIRE, fireLead } from '../fixtures/story.js';

const previous = (lead: number, fields = {}) => ({ lead, article: fireLead(FIRE, { labelText: lead === 1 ? 'LEAD' : undefined, ...fields }) });
const more = [...FIRE, 'Police questioned two plant managers on Wednesday.'];

describe('planLead', () => {
  it('a first version gets no label and no ATTN line', () => {
    const plan = planLead(fireLead(FIRE, { attn: '(ATTN: ADDS byline)' }), null);
    expect(plan).toMatchObject({ lead: 0, label: null, attn: null, identical: false });
    expect(plan.notes).toEqual(['a first version carries no ATTN line: dropped (ATTN: ADDS byline)']);
  });

  it('keeps a flash URGENT label on a first version', () => {
    expect(planLead(fireLead(FIRE, { labelText: 'URGENT' }), null).label?.text).toBe('URGENT');
  });

  it('labels the next lead from the store, quietly replacing a stale label', () => {
    const plan = planLead(fireLead(more, { labelText: 'LEAD' }), previous(1));
    expect(plan.label?.text).toBe('2nd LD');
    expect(plan.notes).toEqual([]);
    expect(plan.text.split('\n')[0]).toBe('(2nd LD) S Korea-plant fire');
  });

  it('replaces a wrong label with a note', () => {
    const plan = planLead(fireLead(more, { labelText: '5th LD' }), previous(1));
    expect(plan.label?.text).toBe('2nd LD');
    expect(plan.notes).toEqual(['the file is labelled 5th LD, but this is lead 2: labelled 2nd LD']);
  });

  it('keeps an agency label form while renumbering', () => {
    expect(planLead(fireLead(more, { labelText: '1st LD-Writethru' }), previous(1)).label?.text).toBe('2nd LD-Writethru');
  });

  it('drops an ATTN line carried over from the previous lead and keeps a new one', () => {
    const attn = '(ATTN: ADDS byline)';
    expect(planLead(fireLead(more, { attn }), previous(1, { attn })).attn).toBeNull();
    const fresh = '(ATTN: ADDS police questioning in last para)';
    expect(planLead(fireLead(more, { attn: fresh }), previous(1, { attn })).attn).toBe(fresh);
  });

  it('uses the ATTN writer when the file has no new line', () => {
    expect(planLead(fireLead(more), previous(1), () => '(ATTN: ADDS details in last para)').attn).toBe(
      '(ATTN: ADDS details in last para)',
    );
  });

  it('finds a lead identical to the previous one, whatever its label and ATTN say', () => {
    const plan = planLead(fireLead(FIRE, { labelText: '2nd LD', attn: '(ATTN: UPDATES)' }), previous(1));
    expect(plan.identical).toBe(true);
  });

  it('renders the lead with the regenerated label in place', () => {
    const plan = planLead(fireLead(more, { label: parseLeadLabel('LEAD') }), previous(1));
    expect(plan.text).toContain('(2nd LD) Fire at Ulsan chemical plant');
  });
});
