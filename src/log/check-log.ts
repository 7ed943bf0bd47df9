import { isLeft } from 'fp-ts/Either';
import type { InquiryEvent } from '../inquiry/events';
import type { RuleViolation } from '../inquiry/violations';
import { createHistoryChecker, type HistoryCheckerOptions } from './checker';
import { linesInBatches, parseEventLine, type UnreadableLine } from './line';
import { refusalSentence, type HistoryProblem, type RefusedEvent } from './problem';

// model

/**
 * Options of {@link checkEventLog}: the policy, and where each problem goes as soon as it is found
 * (problems are not collected, so a log with a million bad lines does not fill memory).
 *
 * @category history
 * @since 0.1.0
 */
export interface CheckEventLogOptions extends HistoryCheckerOptions {
  readonly onProblem?: (problem: HistoryProblem) => void | Promise<void>;
}

/**
 * What checking a whole log found: lines read (blank ones included), events decoded, distinct
 * inquiries, inquiries still open at the end, and problems reported.
 *
 * @category history
 * @since 0.1.0
 */
export interface EventLogSummary {
  readonly lines: number;
  readonly events: number;
  readonly inquiries: number;
  readonly open: number;
  readonly problems: number;
}

// utils

/**
 * Checks a JSONL event log line by line, streaming: every line that is not an event and every event
 * that breaks an enforced rule is passed to `onProblem` with its line number, and checking goes on
 * (it never stops at the first problem). Blank lines are skipped but counted, so line numbers match
 * the file; a byte order mark on the first line is ignored. Reading the file is the caller's
 * business: pass any (async) iterable of lines; a reader that could not decode a line passes an
 * {@link UnreadableLine} in its place, reported on its line number.
 *
 * @example
 * import { checkEventLog } from 'first-inquiry/log';
 * const summary = await checkEventLog(['{"type":"Nope","data":{}}', ''], {
 *   onProblem: (p) => console.log(p.line, p.code), // 1 UNKNOWN_EVENT_TYPE
 * });
 * summary.problems; // 1
 *
 * @category history
 * @since 0.1.0
 */
export async function checkEventLog(
  lines: AsyncIterable<string | UnreadableLine> | Iterable<string | UnreadableLine>,
  options: CheckEventLogOptions = {},
): Promise<EventLogSummary> {
  const checker = createHistoryChecker(options);
  const report = options.onProblem ?? (() => undefined);
  let lineNo = 0;
  let problems = 0;
  // The problem of the next line, if any (the same for a line read alone or in a batch).
  const problemOfLine = (line: string | UnreadableLine): HistoryProblem | undefined => {
    lineNo += 1;
    if (typeof line !== 'string') return { line: lineNo, code: line.code, rule: null, message: line.message };
    // Editors on Windows may start a file with a byte order mark, which JSON does not allow.
    const text = lineNo === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
    if (text.trim() === '') return undefined;
    const parsed = parseEventLine(text);
    if (!isLeft(parsed)) return problemOf(lineNo, parsed.right, checker.check(parsed.right));
    const { code, message, detail } = parsed.left;
    return detail === undefined ? { line: lineNo, code, rule: null, message } : { line: lineNo, code, rule: null, message, detail };
  };
  // Only reading the next batch and reporting a problem are awaited, not each line.
  for await (const batch of linesInBatches(lines)) {
    for (const line of batch) {
      const found = problemOfLine(line);
      if (found === undefined) continue;
      problems += 1;
      await report(found);
    }
  }
  return { lines: lineNo, ...checker.stats(), problems };
}

function problemOf(line: number, event: InquiryEvent, refusal: RuleViolation | undefined): HistoryProblem | undefined {
  if (refusal === undefined) return undefined;
  const { by, at, inquiryId } = event.data;
  const refused: RefusedEvent = { eventType: event.type, by, at, params: refusal.params };
  return {
    line,
    code: refusal.code,
    rule: refusal.rule,
    inquiryId,
    message: refusalSentence(inquiryId, refused, refusal.message, 'en'),
    refused,
  };
}
