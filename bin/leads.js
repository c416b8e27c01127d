#!/usr/bin/env node
// The only file that touches `process`: everything else gets it passed in.
// The bundle (build.mjs): one file per command's code path, loaded lazily.
import { main } from '../dist/bundle/main.js';

const io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async (limit) => {
    const chunks = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      chunks.push(chunk);
      size += chunk.length;
      if (size > limit) break; // leaving the loop stops reading; the caller reports the limit
    }
    process.stdin.destroy();
    return Buffer.concat(chunks);
  },
  env: process.env,
  cwd: process.cwd(),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
};

// A reader that quits early (`leads log | head`) is not an error, as with git.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), io);
