/** `npm run -s classify -- [FILE...]`: runs the rejection detector over mail files; see `run.ts`. */
import { createReadStream } from 'node:fs';
import { runClassify } from './run';

// `classify big.mbox | head` closes the pipe early; that is the reader being done, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await runClassify(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  openFile: (path) => createReadStream(path),
});
