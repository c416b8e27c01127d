import { GitRunner, type GitEnv } from './git.js';
import { refExists, STORY_PREFIX } from './git-commands.js';
import { isStoryId } from './story-id.js';

/**
 * Whether a folder holds a story, asked of git directly: a check that file
 * commands make in passing (is this name a file or a story?) and that must
 * not load the full store machinery. Any trouble means no.
 */
export async function storyExistsIn(dir: string, story: string, env: GitEnv): Promise<boolean> {
  if (!isStoryId(story)) return false;
  const ref = `${STORY_PREFIX}${story}`;
  return new GitRunner(dir, env).run(refExists(ref)).catch(() => false);
}
