import { setFlagsFromString } from 'node:v8';

// utils

/**
 * Keeps V8's young generation (where new objects are made) at its starting size for the rest of
 * the process. The bin calls it first: the CLI's commands stream a log through, and what they keep
 * (one record per inquiry) lives long, so V8 would grow the young generation to 32 MB (64 MB under
 * Node 24) for objects that are promoted anyway, and every fresh page of it costs a page fault.
 * Kept small, an audit of a 300,000-event log takes 0.95–0.96 of the wall time and peaks some 30 MB
 * lower (97 against 130 MB); see docs/DECISIONS.md.
 *
 * `--semi-space-growth-factor` is the one V8 flag read when the young generation grows, not only
 * when the heap is set up, so setting it at run time takes effect (the same flag on the command line
 * does not). Node 20, 22 and 24 know it. Only the CLI's own process is tuned: the library never
 * calls this.
 *
 * @example
 * import { keepYoungGenerationSmall } from './cli/heap'; // internal to the bin
 * keepYoungGenerationSmall();
 *
 * @internal
 */
export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
