import { createWriteStream, type WriteStream } from 'node:fs';
import * as E from 'fp-ts/Either';
import type { Locale } from '../i18n/locale';
import { ioProblem, isSystemError, outOverwritesInput, writeText, type CliIo } from './io';
import { cliMessage, errorLine, renderCliMessage, type CliMessage } from './messages';
import { isPostgresUrl, mapEvents, openReadOnlyStore } from './store-source';

// model

/**
 * The options of `first-inquiry export`, as parsed from the command line.
 *
 * @category cli
 * @since 0.2.0
 */
export interface ExportCommandOptions {
  /** A PGlite folder or a `postgres://` URL. */
  readonly store: string;
  /** Export only events with a global position greater than this (default 0: all). */
  readonly from?: string;
  /** The JSONL file to write; `-` or none: standard output. */
  readonly out?: string;
  /** The language of what it says on standard error (default `en`). */
  readonly locale?: Locale;
}

// utils

/**
 * `first-inquiry export --store DIR|URL [--from POS] [--out FILE]`: writes the store's events,
 * oldest first, as a JSONL event log (one `{"type":…,"data":…}` per line, what `check` and `audit`
 * read), streaming a page at a time from one read-only snapshot, and says on standard error how
 * many events it wrote and the last global position (the `--from` of the next export). Returns the
 * exit code: 0 written, 2 usage, store or I/O error (an `--out` inside the PGlite folder read is
 * refused before the store is opened).
 *
 * @example
 * import { runExport } from './export-command'; // internal to the bin
 * const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
 * const code = await runExport({ store: '.tmp/no-such-store', out: 'events.jsonl' }, io); // 2: no such folder
 *
 * @category cli
 * @since 0.2.0
 */
export async function runExport(options: ExportCommandOptions, io: CliIo): Promise<number> {
  const locale = options.locale ?? 'en';
  const fail = async (message: CliMessage): Promise<number> => {
    await writeText(io.stderr, `${errorLine('export', message, locale)}\n`);
    return 2;
  };
  const from = options.from === undefined ? 0 : Number(options.from);
  if (options.from !== undefined && !(/^\d+$/.test(options.from) && Number.isSafeInteger(from))) {
    return fail(cliMessage('FROM_NOT_POSITION', { value: options.from }));
  }
  const toFile = options.out !== undefined && options.out !== '-';
  if (toFile && !isPostgresUrl(options.store)) {
    const overwrites = await outOverwritesInput(options.out as string, { storeFolder: options.store }, io);
    if (overwrites !== undefined) return fail(overwrites);
  }
  const opened = await openReadOnlyStore(options.store);
  if (E.isLeft(opened)) return fail(opened.left);
  const cannotWrite = (e: unknown) => cliMessage('CANNOT_WRITE', { path: options.out as string, problem: ioProblem(e) });
  let out: WriteStream | undefined;
  try {
    if (toFile) out = await openOut(options.out as string);
  } catch (e) {
    await opened.right.close();
    return fail(cannotWrite(e));
  }
  let last = from;
  const lines = mapEvents(opened.right, from, (entry) => {
    last = entry.position;
    return `${entry.line}\n`;
  });
  let count = 0;
  try {
    for await (const line of lines) {
      count += 1;
      if (out === undefined) await writeText(io.stdout, line);
      else if (!out.write(line)) await new Promise((drained) => out?.once('drain', () => drained(undefined)));
    }
    if (out !== undefined) await new Promise<void>((done, failed) => out?.end((e?: Error | null) => (e ? failed(e) : done())));
  } catch (e) {
    await lines.return(undefined);
    out?.destroy();
    if (!isSystemError(e)) throw e;
    // Standard output never throws here (main guards it); a failure is the store's or the file's.
    return fail(toFile && (e as { cliMessage?: unknown }).cliMessage === undefined ? cannotWrite(e) : ioProblem(e));
  }
  const done = cliMessage('EXPORTED', { count, last, ...(toFile ? { out: options.out as string } : {}) });
  await writeText(io.stderr, `first-inquiry export: ${renderCliMessage(done, locale)}\n`);
  return 0;
}

function openOut(path: string): Promise<WriteStream> {
  const stream = createWriteStream(path);
  return new Promise((opened, failed) => {
    stream.once('ready', () => opened(stream));
    stream.once('error', failed);
  });
}
