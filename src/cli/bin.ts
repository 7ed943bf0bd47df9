#!/usr/bin/env node
/**
 * The `first-inquiry` command (bin entry). All behaviour lives in `cli/main.ts`, testable in process.
 *
 * @packageDocumentation
 */
import { main } from './main';

// A reader that stops early (`first-inquiry audit log | head`) closes the pipe; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
  (code) => {
    process.exitCode = code;
  },
  (bug: unknown) => {
    process.stderr.write(
      `first-inquiry: internal error (please report it): ${bug instanceof Error ? (bug.stack ?? bug.message) : String(bug)}\n`,
    );
    process.exitCode = 70;
  },
);
