import * as E from 'fp-ts/Either';
import { checkEventLog } from '../history/log';
import { formatHistoryProblem } from '../history/problem';
import { ioReason, isSystemError, openLines, writeText, type CliIo } from './io';

// utils

/**
 * `first-inquiry check <log>`: replays every inquiry of a JSONL log through the enforced rules and
 * prints each problem as `FILE:LINE: CODE (FI-nn): message`, then `N events, M inquiries, K problems`.
 * Returns the exit code: 0 clean, 1 problems found, 2 the log could not be read.
 *
 * @example
 * import { runCheck } from './cli/check-command'; // internal to the bin
 * const code = await runCheck('events.jsonl', { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
 *
 * @category cli
 * @since 0.1.0
 */
export async function runCheck(path: string, io: CliIo): Promise<number> {
  const opened = await openLines(path, io);
  if (E.isLeft(opened)) {
    await writeText(io.stderr, `first-inquiry check: ${opened.left}\n`);
    return 2;
  }
  try {
    const summary = await checkEventLog(opened.right, { onProblem: (p) => writeText(io.stdout, `${formatHistoryProblem(path, p)}\n`) });
    await writeText(io.stdout, `${summary.events} events, ${summary.inquiries} inquiries, ${summary.problems} problems\n`);
    return summary.problems === 0 ? 0 : 1;
  } catch (e) {
    // Checking returns values; only reading throws, with a system error code. Anything else is a bug.
    if (!isSystemError(e)) throw e;
    await writeText(io.stderr, `first-inquiry check: ${path}: ${ioReason(e)}\n`);
    return 2;
  }
}
