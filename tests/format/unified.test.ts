import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/article/render.js';
import { formatUnified } from '../../src/format/unified.js';
import { newLead, oldLead } from '../fixtures/format-pair.js';
import { FIRE } from '../fixtures/story.js';

const F = FIRE;

describe('formatUnified', () => {
  it('is a unified diff, one paragraph per line, that patch tools apply to the old lead', () => {
    const patch = formatUnified(oldLead, newLead, 'old.txt', 'new.txt');
    expect(patch).toContain('--- old.txt');
    expect(patch).toContain('+++ new.txt');
    expect(patch).toContain(`-${F[6]}`);
    expect(applyPatch(renderArticle(oldLead, { layout: 'lines' }), patch)).toBe(renderArticle(newLead, { layout: 'lines' }));
  });
});
