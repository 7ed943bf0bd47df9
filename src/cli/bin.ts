#!/usr/bin/env node
/**
 * The `first-inquiry` command (bin entry). All behaviour lives in `cli/main.ts`, testable in process.
 *
 * @packageDocumentation
 */
import { detectLocale } from '../i18n/detect';
import { keepYoungGenerationSmall } from './heap';
import { main } from './main';
import { cliMessage, errorLine } from './messages';

keepYoungGenerationSmall();

// A failed write to standard output or error (a closed pipe, a full disk) is heard by `main`, which
// listens for the streams' 'error' events and turns the failure into the exit code: no handler here.
main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
  (code) => {
    process.exitCode = code;
  },
  (bug: unknown) => {
    const reason = bug instanceof Error ? (bug.stack ?? bug.message) : String(bug);
    process.stderr.write(`${errorLine(null, cliMessage('INTERNAL_ERROR', { reason }), detectLocale(process.env))}\n`);
    process.exitCode = 70;
  },
);
