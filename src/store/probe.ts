import { spawnSync } from 'node:child_process';
import { isStoryId } from './story-id.js';

/**
 * Whether a folder holds a story, asked of git directly: a check that file
 * commands make in passing (is this name a file or a story?) and that must
 * not load the full store machinery. Any trouble means no.
 */
export function storyExistsIn(dir: string, story: string, env: Readonly<Record<string, string>>): boolean {
  if (!isStoryId(story)) return false;
  const result = spawnSync('git', ['for-each-ref', '--format=%(refname)', `refs/leads/${story}`], {
    cwd: dir,
    env: { ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return result.status === 0 && result.stdout.split('\n').includes(`refs/leads/${story}`);
}
