import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full collection before each timed pass, so one pass does not pay for the garbage of the
// one before it. Exposed at run time, so `npm run bench` needs no node flags.
setFlagsFromString('--expose-gc');

/** Runs a full garbage collection. */
export const collectGarbage = runInNewContext('gc') as () => void;
