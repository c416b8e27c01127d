import { describe, expect, it } from 'vitest';
import { labelFor, labelPrefix, leadName, ordinal, parseLeadLabel, relabel } from '../../src/article/label.js';

describe('leadName', () => {
  it.each([
    [0, null, 'first'],
    [1, 'LEAD', 'LEAD'],
    [3, '3rd LD', '3rd LD'],
    // An archived lead that moved without a label is still lead 1, not a second first version.
    [1, null, 'lead 1, no label'],
  ] as const)('lead %i labelled %s is %s', (lead, label, name) => {
    expect(leadName(lead, label)).toBe(name);
  });
});

describe('labelFor', () => {
  it.each([
    [0, null],
    [1, 'LEAD'],
    [2, '2nd LD'],
    [3, '3rd LD'],
    [4, '4th LD'],
    [11, '11th LD'],
    [12, '12th LD'],
    [13, '13th LD'],
    [21, '21st LD'],
    [22, '22nd LD'],
    [23, '23rd LD'],
    [101, '101st LD'],
    [111, '111th LD'],
    [112, '112th LD'],
  ])('lead %i is %s', (lead, label) => {
    expect(labelFor(lead)).toBe(label);
  });

  it.each([-1, 1.5, Number.NaN])('refuses lead %s', (lead) => {
    expect(() => labelFor(lead)).toThrow(RangeError);
  });
});

describe('ordinal', () => {
  it('follows English ordinals through the teens', () => {
    expect([1, 2, 3, 4, 10, 11, 12, 13, 14, 20, 21, 102, 113].map(ordinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '10th', '11th', '12th', '13th', '14th', '20th', '21st', '102nd', '113th',
    ]);
  });
});

describe('parseLeadLabel', () => {
  it.each([
    ['LEAD', 'LEAD', 1, 'house'],
    ['lead', 'LEAD', 1, 'house'],
    ['URGENT', 'URGENT', 0, 'urgent'],
    ['2nd LD', '2nd LD', 2, 'house'],
    ['21st  LD', '21st LD', 21, 'house'],
    ['1st LD', 'LEAD', 1, 'house'],
    ['1st LD-Writethru', '1st LD-Writethru', 1, 'writethru'],
    ['2nd Ld-Writethru', '2nd Ld-Writethru', 2, 'writethru'],
    ['UPDATE 2', 'UPDATE 2', 2, 'update'],
  ])('reads %s', (raw, text, lead, form) => {
    expect(parseLeadLabel(raw)).toEqual({ text, lead, form });
  });

  it.each(['News Focus', 'Yonhap Interview', 'profile', '0th LD', 'UPDATE 0', 'LD', ''])(
    'does not take %j for a lead label',
    (raw) => {
      expect(parseLeadLabel(raw)).toBeNull();
    },
  );
});

describe('relabel and labelPrefix', () => {
  it('keeps an agency form while renumbering it', () => {
    expect(relabel(parseLeadLabel('1st LD-Writethru'), 2)?.text).toBe('2nd LD-Writethru');
    expect(relabel(parseLeadLabel('UPDATE 1'), 3)?.text).toBe('UPDATE 3');
    expect(relabel(null, 2)?.text).toBe('2nd LD');
    expect(relabel(parseLeadLabel('URGENT'), 0)?.text).toBe('URGENT');
    expect(relabel(parseLeadLabel('LEAD'), 0)).toBeNull();
  });

  it('writes brackets, or the Reuters prefix', () => {
    expect(labelPrefix(parseLeadLabel('2nd LD')!)).toBe('(2nd LD) ');
    expect(labelPrefix(parseLeadLabel('UPDATE 2')!)).toBe('UPDATE 2-');
  });
});
