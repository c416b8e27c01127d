import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/errors.js';
import { datedStoryId, isDatedIdOf, isStoryId, slugToId, validateStoryId } from '../../src/store/story-id.js';

function gitAccepts(ref: string): boolean {
  try {
    execFileSync('git', ['check-ref-format', ref], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('story ids', () => {
  it.each([
    ['S Korea-US-Japan-NK arms deal', 's-korea-us-japan-nk-arms-deal'],
    ['S Korea-earthquake', 's-korea-earthquake'],
    ['  Café  crème -- prices ', 'cafe-creme-prices'],
    ['N. Korea/missile..launch', 'n-korea-missile-launch'],
    ['--upload-pack=evil', 'upload-pack-evil'],
    ['서울 지진', ''],
  ])('slug %j becomes %j', (slug, id) => {
    expect(slugToId(slug)).toBe(id);
  });

  it('dates a new story by the day of its first lead', () => {
    expect(datedStoryId('quake', new Date('2026-03-14T23:30:00Z'))).toBe('quake-20260314');
    expect(datedStoryId('quake', new Date('2026-03-14T23:30:00Z'), 2)).toBe('quake-20260314-2');
    expect(isDatedIdOf('quake-20260314-2', 'quake')).toBe(true);
    expect(isDatedIdOf('quake-aftershock-20260314', 'quake')).toBe(false);
  });

  it.each(['..', 'a/b', 'a b', '-x', '--upload-pack=touch /tmp/x', 'a;rm -rf', '$(id)', 'séoul', 'A-B', 'a--b', '', 'a.lock', 'x'.repeat(101)])(
    'refuses %j with a clear message',
    (id) => {
      expect(isStoryId(id)).toBe(false);
      expect(() => validateStoryId(id)).toThrow(StoreError);
      expect(() => validateStoryId(id)).toThrow(/is not a story id: use lower-case letters, digits and hyphens/);
    },
  );

  it('every id it accepts is a legal git ref, and every slug makes one', () => {
    const ids = ['a', 'quake-20260314', 'x'.repeat(100), ...['N. Korea/missile..launch', '--upload-pack=x', 'Über~^:?*[\\'].map(slugToId)];
    for (const id of ids) {
      expect(isStoryId(id)).toBe(true);
      expect(gitAccepts(`refs/leads/${id}`)).toBe(true);
    }
  });
});
