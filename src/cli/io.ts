import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import * as E from 'fp-ts/Either';

// model

/**
 * Where the CLI writes: `process.stdout`/`process.stderr`, or anything with `write` in tests. When
 * `write` returns `false` and the sink has `once`, the CLI waits for `drain` before writing on, so
 * a million problem lines do not pile up in memory.
 *
 * @category cli
 * @since 0.1.0
 */
export interface TextSink {
  readonly write: (text: string) => unknown;
  readonly once?: (event: 'drain', listener: () => void) => unknown;
}

/**
 * Everything the CLI touches besides files named on its command line: its output streams and
 * standard input (read when the log is given as `-`).
 *
 * @category cli
 * @since 0.1.0
 */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly stdin: NodeJS.ReadableStream;
}

// utils

/**
 * Writes text, waiting for the sink to drain when it asks to.
 *
 * @example
 * import { writeText } from './cli/io'; // internal to the bin
 * await writeText(process.stdout, 'done\n');
 *
 * @category cli
 * @since 0.1.0
 */
export async function writeText(sink: TextSink, text: string): Promise<void> {
  if (sink.write(text) === false && sink.once !== undefined) {
    await new Promise<void>((resolve) => sink.once?.('drain', resolve));
  }
}

/**
 * Opens an event log for reading line by line: a file, or standard input for `-`. A file that is
 * missing, unreadable or a directory is a `Left` with a one-line reason (the CLI exits 2).
 *
 * @example
 * import { openLines } from './cli/io'; // internal to the bin
 * const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
 * const lines = await openLines('events.jsonl', io); // Right(lines) or Left('events.jsonl: no such file')
 *
 * @category cli
 * @since 0.1.0
 */
export async function openLines(path: string, io: CliIo): Promise<E.Either<string, AsyncIterable<string>>> {
  if (path === '-') return E.right(createInterface({ input: io.stdin, crlfDelay: Infinity }));
  try {
    if ((await stat(path)).isDirectory()) return E.left(`${path}: is a directory, not an event log`);
    // Large reads: a log is read once, front to back, and fewer chunks mean less per-line overhead.
    const input = createReadStream(path, { highWaterMark: 1 << 20 });
    await new Promise((opened, failed) => {
      input.once('ready', () => opened(undefined));
      input.once('error', failed);
    });
    return E.right(createInterface({ input, crlfDelay: Infinity }));
  } catch (e) {
    return E.left(`${path}: ${ioReason(e)}`);
  }
}

/**
 * A short reason for a file-system error (`no such file`, `permission denied`, …).
 *
 * @example
 * import { ioReason } from './cli/io'; // internal to the bin
 * ioReason(Object.assign(new Error('x'), { code: 'ENOENT' })); // 'no such file'
 *
 * @category cli
 * @since 0.1.0
 */
export function ioReason(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

/**
 * Whether a thrown value is a system (file-system, stream) error, which carries a string `code`
 * such as `EACCES`, as opposed to a bug.
 *
 * @example
 * import { isSystemError } from './cli/io'; // internal to the bin
 * isSystemError(new TypeError('bug')); // false
 *
 * @category cli
 * @since 0.1.0
 */
export function isSystemError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as { code?: unknown }).code === 'string';
}

/**
 * Reads and parses a JSON file (a policy), as a value or a one-line reason naming the file.
 *
 * @example
 * import { readJsonFile } from './cli/io'; // internal to the bin
 * await readJsonFile('policy.json'); // Right(value) or Left('policy.json: not valid JSON: ...')
 *
 * @category cli
 * @since 0.1.0
 */
export async function readJsonFile(path: string): Promise<E.Either<string, unknown>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    return E.left(`${path}: ${ioReason(e)}`);
  }
  try {
    return E.right(JSON.parse(text) as unknown);
  } catch (e) {
    return E.left(`${path}: not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}
