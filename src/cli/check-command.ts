import * as E from 'fp-ts/Either';
import { checkEventLog } from '../log/check-log';
import { formatHistoryProblem } from '../log/problem';
import type { Locale } from '../i18n/locale';
import { REPORT_TEXTS } from '../i18n/report';
import { decodePolicy, type Policy, type PolicyError } from '../policy/policy';
import { ioProblem, isSystemError, openLines, readJsonFile, writeText, type CliIo } from './io';
import { visible } from './report/safe';
import { openStoreLines, storeLabel } from './store-source';
import { cliMessage, errorLine, type CliMessage } from './messages';

// utils

/**
 * `first-inquiry check <log>`: replays every inquiry of a JSONL log through the enforced rules and
 * prints each problem as `FILE:LINE: CODE (FI-nn): message`, then `N events, M inquiries, K problems`.
 * `policyPath`, if given, is a JSON file of policy overrides (your categories, forbidden phrases),
 * decoded strictly: an unknown or malformed field is a usage error naming the field.
 * Returns the exit code: 0 clean, 1 problems found, 2 the log or the policy could not be read. A
 * log with no events at all is clean, with a warning on standard error.
 * `locale` words the messages and the summary line; codes and rule IDs stay the same.
 *
 * @example
 * import { runCheck } from './cli/check-command'; // internal to the bin
 * const code = await runCheck('events.jsonl', { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
 *
 * @category cli
 * @since 0.1.0
 */
export async function runCheck(path: string, io: CliIo, policyPath?: string, locale: Locale = 'en', fromStore = false): Promise<number> {
  const policy = policyPath === undefined ? E.right(undefined) : await loadPolicy(policyPath);
  if (E.isLeft(policy)) {
    await writeText(io.stderr, `${errorLine('check', policy.left, locale)}\n`);
    return 2;
  }
  // `--store`: `path` is a PGlite folder or a postgres:// URL, read as the lines an export would hold.
  const opened = fromStore ? await openStoreLines(path) : await openLines(path, io);
  if (E.isLeft(opened)) {
    await writeText(io.stderr, `${errorLine('check', opened.left, locale)}\n`);
    return 2;
  }
  const shown = fromStore ? storeLabel(path) : path;
  try {
    const summary = await checkEventLog(opened.right, {
      ...(policy.right === undefined ? {} : { policy: policy.right }),
      onProblem: (p) => writeText(io.stdout, `${visible(formatHistoryProblem(shown, p, locale))}\n`),
    });
    await writeText(io.stdout, `${REPORT_TEXTS[locale].checkSummary(summary.events, summary.inquiries, summary.problems)}\n`);
    // "0 problems" of a log with nothing in it would read as a clean bill of health.
    if (summary.events === 0 && summary.problems === 0)
      await writeText(io.stderr, `${errorLine('check', cliMessage('EMPTY_LOG', { path: shown }), locale)}\n`);
    return summary.problems === 0 ? 0 : 1;
  } catch (e) {
    // Checking returns values; only reading throws, with a system error code. Anything else is a bug.
    if (!isSystemError(e)) throw e;
    await writeText(io.stderr, `${errorLine('check', ioProblem(e, path), locale)}\n`);
    return 2;
  }
}

async function loadPolicy(path: string): Promise<E.Either<CliMessage, Policy>> {
  const value = await readJsonFile(path);
  if (E.isLeft(value)) return E.left(cliMessage('POLICY_FILE', { problem: value.left }));
  return E.mapLeft((error: PolicyError) => cliMessage('POLICY_INVALID', { path, problems: error.details }))(decodePolicy(value.right));
}
