import { isAscii } from 'node:buffer';
import { fstat, readSync, type BigIntStats } from 'node:fs';
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import * as E from 'fp-ts/Either';
import { LINE_BATCHES, type BatchedLines, type UnreadableLine } from '../log/line';
import { cliMessage, type CliMessage } from './messages';

// model

/**
 * Where the CLI writes: `process.stdout`/`process.stderr`, or anything with `write` in tests. It is
 * given text, or text already encoded as UTF-8 (reports, see {@link utf8Batches}), as a Node
 * stream takes both. When `write` returns `false` and the sink has `once`, the CLI waits for
 * `drain` before writing on, so a million problem lines do not pile up in memory.
 *
 * @category cli
 * @since 0.1.0
 */
export interface TextSink {
  readonly write: (text: string | Uint8Array) => unknown;
  readonly once?: (event: 'drain', listener: () => void) => unknown;
  /** A Node stream reports a failed write here (`EPIPE`, `ENOSPC`), not to the writer. */
  readonly on?: (event: 'error', listener: (e: Error) => void) => unknown;
}

/**
 * A {@link TextSink} that never throws and never leaves a writer waiting: the first write that
 * fails (thrown, or reported as an `error` event) is kept as {@link GuardedSink.failure}, and
 * every write after it is dropped.
 *
 * @category cli
 * @since 0.2.0
 */
export interface GuardedSink extends TextSink {
  /** The error that stopped writing, if one did. */
  readonly failure: () => Error | undefined;
  /** Waits until a write's failure reported later by the stream (on the next turns) has come in. */
  readonly settle: () => Promise<void>;
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

// constants

/**
 * The longest line the CLI reads as an event: 1 MiB. A recorded event is a few hundred bytes; a
 * longer line is reported as `LINE_TOO_LONG` and skipped without being held in memory.
 *
 * @category cli
 * @since 0.1.0
 */
export const MAX_LINE_BYTES = 1 << 20;

/**
 * How far past {@link MAX_LINE_BYTES} the reader looks for the end of an over-long line (256 MiB)
 * before it stops reading: input with no line ends (`/dev/zero`, a binary file) is not a log.
 *
 * @category cli
 * @since 0.1.0
 */
export const MAX_SKIP_BYTES = 1 << 28;

/**
 * The most bytes of lines the reader decodes in one call (64 KiB). Node hands a string of more
 * than about 1 MB out of V8's heap, where the garbage collector counts it late: a 1 MiB chunk's
 * lines held peak memory some 20 MB higher. Under V8's large-object size a run's string is young
 * and dies young: 64 KiB runs peaked 13–17 MB lower than 512 KiB ones on a 300k-event log, with
 * the same CPU time (check 0.96–1.0 of it, pairwise).
 */
const MAX_RUN_BYTES = 1 << 16;

/** The largest policy file read (1 MiB); a policy is a few kilobytes of JSON. */
const MAX_JSON_BYTES = 1 << 20;
// Chunks of 128 KiB: larger ones cost more than they save. A chunk's lines are slices of one
// string the size of the chunk, and a string much over 128 KiB is a large object, kept until a
// full collection: reading a 300,000-event log in 1 MiB chunks took some 110 ms longer.
const READ_CHUNK_BYTES = 1 << 17;

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
export async function writeText(sink: TextSink, text: string | Uint8Array): Promise<void> {
  if (sink.write(text) === false && sink.once !== undefined) {
    await new Promise<void>((resolve) => sink.once?.('drain', resolve));
  }
}

/**
 * Guards a sink ({@link GuardedSink}): the CLI writes on after its output has gone (a reader that
 * closed the pipe, a full disk) and says so once at the end, instead of dying with a stack trace.
 *
 * @example
 * import { guardSink } from './cli/io'; // internal to the bin
 * const out = guardSink(process.stdout);
 * out.write('report\n');
 * await out.settle();
 * out.failure()?.message; // e.g. 'ENOSPC: no space left on device, write'
 *
 * @category cli
 * @since 0.2.0
 */
export function guardSink(sink: TextSink): GuardedSink {
  let failure: Error | undefined;
  // A writer waiting for 'drain' from a stream that failed would wait forever: failing wakes it.
  const waiting = new Set<() => void>();
  const fail = (e: unknown): void => {
    failure ??= e instanceof Error ? e : new Error(String(e));
    for (const wake of waiting) wake();
    waiting.clear();
  };
  sink.on?.('error', fail);
  const write = (text: string | Uint8Array): unknown => {
    if (failure !== undefined) return true;
    try {
      return sink.write(text);
    } catch (e) {
      // A synchronous sink (a file written with writeSync) throws instead of emitting 'error'.
      fail(e);
      return true;
    }
  };
  const once = (event: 'drain', listener: () => void): void => {
    if (failure !== undefined) return listener();
    const wake = (): void => {
      if (!waiting.delete(wake)) return;
      listener();
    };
    waiting.add(wake);
    sink.once?.(event, wake);
  };
  return {
    write,
    ...(sink.once === undefined ? {} : { once }),
    failure: () => failure,
    // A Node stream reports a failed write on a later turn of the event loop, not when written.
    settle: () => (sink.on === undefined ? Promise.resolve() : new Promise<void>((done) => setImmediate(done))),
  };
}

/**
 * Whether two paths name the same file (the same device and inode, links followed): `./a.jsonl`,
 * its absolute path, a symbolic or a hard link to it. A path that does not exist names no file.
 *
 * @example
 * import { sameFile } from './cli/io'; // internal to the bin
 * await sameFile('events.jsonl', './events.jsonl'); // true when it exists
 *
 * @category cli
 * @since 0.2.0
 */
export async function sameFile(a: string | FileIdentity, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([typeof a === 'string' ? identityOf(a) : a, identityOf(b)]);
  return x !== undefined && y !== undefined && x.dev === y.dev && x.ino === y.ino;
}

/**
 * Which file a path or an open descriptor names: device and inode (as big integers, which an
 * inode number may need).
 *
 * @category cli
 * @since 0.2.0
 */
export interface FileIdentity {
  readonly dev: bigint;
  readonly ino: bigint;
  readonly directory: boolean;
}

/**
 * The file standard input reads, when it is one the system can say (a file, a directory, a
 * device redirected with `<`); `undefined` for a stream made in process.
 *
 * @category cli
 * @since 0.2.0
 */
export async function stdinIdentity(io: CliIo): Promise<FileIdentity | undefined> {
  const fd = (io.stdin as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return undefined;
  try {
    const s = await fstatAsync(fd);
    return { dev: s.dev, ino: s.ino, directory: s.isDirectory() };
  } catch {
    return undefined;
  }
}

/**
 * Why writing `--out` would destroy what the command reads, or `undefined` when it would not: `out`
 * is the log read (a path, or the file standard input was redirected from for `-`), the
 * `--policy` file, or lies inside a PGlite store folder. Files are compared by identity (see
 * {@link sameFile}); an `out` that does not exist yet is never the log or the policy.
 *
 * @example
 * import { outOverwritesInput } from './cli/io'; // internal to the bin
 * const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
 * await outOverwritesInput('./events.jsonl', { log: 'events.jsonl' }, io); // { code: 'OUT_IS_INPUT', … }
 *
 * @category cli
 * @since 0.2.0
 */
export async function outOverwritesInput(
  out: string,
  inputs: { readonly log?: string; readonly policy?: string; readonly storeFolder?: string },
  io: CliIo,
): Promise<CliMessage | undefined> {
  const refuse = (input: string, what: 'log' | 'policy' | 'store') => cliMessage('OUT_IS_INPUT', { out, input, what });
  if (inputs.log !== undefined) {
    const log = inputs.log === '-' ? await stdinIdentity(io) : inputs.log;
    if (log !== undefined && (await sameFile(log, out))) return refuse(inputs.log, 'log');
  }
  if (inputs.policy !== undefined && (await sameFile(inputs.policy, out))) return refuse(inputs.policy, 'policy');
  if (inputs.storeFolder !== undefined) {
    // Any file in a PGlite folder may be part of the database: --out may not even be created there.
    const [folder, place] = await Promise.all([realLocation(inputs.storeFolder), realLocation(out)]);
    if (folder !== undefined && place !== undefined && (place === folder || place.startsWith(`${folder}${sep}`)))
      return refuse(inputs.storeFolder, 'store');
  }
  return undefined;
}

// Where a path really is, links resolved; for a file not created yet, its folder's real path and
// its name.
async function realLocation(path: string): Promise<string | undefined> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(path)), basename(path));
    } catch {
      return undefined;
    }
  }
}

async function identityOf(path: string): Promise<FileIdentity | undefined> {
  try {
    const s = await stat(path, { bigint: true });
    return { dev: s.dev, ino: s.ino, directory: s.isDirectory() };
  } catch {
    return undefined;
  }
}

function fstatAsync(fd: number): Promise<BigIntStats> {
  return new Promise((done, failed) => fstat(fd, { bigint: true }, (e, s) => (e === null ? done(s) : failed(e))));
}

/**
 * Pieces of text encoded as UTF-8 into buffers of about `size` bytes (64 KiB), one piece at a
 * time, for writing: the same bytes as encoding the pieces joined.
 *
 * Why not join pieces into 64 KiB strings: such a string is a rope of thousands of small pieces
 * that must be flattened before it is encoded, and one character beyond Latin-1 in it (an arrow, a
 * CJK word) makes the whole flattened string two bytes a character, which Node then encodes
 * slowly. A 7.8 MB HTML report took 85 ms to encode that way, about 40 ms piece by piece.
 *
 * @example
 * import { utf8Batches } from './cli/io'; // internal to the bin
 * [...utf8Batches(['a', '→'])].map((b) => Buffer.from(b).toString()); // ['a→']
 *
 * @category cli
 * @since 0.2.0
 */
export function* utf8Batches(pieces: Iterable<string>, size = 1 << 16): Generator<Uint8Array> {
  let buffer = Buffer.allocUnsafe(size);
  let used = 0;
  // A piece that ends in the first half of a surrogate pair is held back until its second half
  // comes with the next piece: encoded apart, each half would become U+FFFD.
  let carried = '';
  for (const given of pieces) {
    let piece = carried === '' ? given : carried + given;
    carried = '';
    const last = piece.charCodeAt(piece.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      carried = piece.slice(-1);
      piece = piece.slice(0, -1);
    }
    // A UTF-16 code unit takes at most 3 bytes of UTF-8 (a pair, two units, takes 4).
    if (used + piece.length * 3 > size) {
      if (used > 0) {
        yield buffer.subarray(0, used);
        buffer = Buffer.allocUnsafe(size);
        used = 0;
      }
      if (piece.length * 3 > size) {
        yield Buffer.from(piece, 'utf8');
        continue;
      }
    }
    used += buffer.write(piece, used, 'utf8');
  }
  if (carried !== '') used += buffer.write(carried, used, 'utf8');
  if (used > 0) yield buffer.subarray(0, used);
}

/**
 * Opens an event log for reading line by line ({@link splitLines}): a file, or standard input for
 * `-`. A file that is missing, unreadable or a directory (standard input too) is a `Left` with the reason, a
 * {@link CliMessage} (the CLI prints it in the user's language and exits 2).
 *
 * @example
 * import { openLines } from './cli/io'; // internal to the bin
 * const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
 * const lines = await openLines('events.jsonl', io); // Right(lines) or Left({ code: 'NO_SUCH_FILE', params: { path: 'events.jsonl' } })
 *
 * @category cli
 * @since 0.1.0
 */
export async function openLines(path: string, io: CliIo): Promise<E.Either<CliMessage, AsyncIterable<string | UnreadableLine>>> {
  if (path === '-') {
    // `check - < folder`: reading a directory ends at once, which would pass for an empty log.
    if ((await stdinIdentity(io))?.directory === true) return E.left(cliMessage('DIRECTORY_NOT_LOG', { path }));
    return E.right(batchedLines(io.stdin as AsyncIterable<Uint8Array | string>));
  }
  try {
    const info = await stat(path);
    if (info.isDirectory()) return E.left(cliMessage('DIRECTORY_NOT_LOG', { path }));
    const file = await open(path, 'r');
    // A pipe or a device (a named pipe, /dev/stdin) may make a read wait: only those are read
    // asynchronously.
    return E.right(batchedLines(info.isFile() ? readChunks(file) : readAhead(file)));
  } catch (e) {
    return E.left(ioProblem(e, path));
  }
}

/**
 * The bytes of an open regular file, front to back, in chunks of {@link READ_CHUNK_BYTES}, each
 * read synchronously; the file is closed when the caller stops.
 *
 * A read of a file the system has cached is a copy of memory, shorter than the trip to the thread
 * pool and back that an asynchronous read takes (a 300,000-event audit: 0.98 of the wall time
 * with {@link readAhead}, median of 8 pairs). A regular file's read does not wait on a writer as a
 * pipe's does; pipes and devices go through `readAhead`.
 *
 * @example
 * import { open } from 'node:fs/promises';
 * import { readChunks } from './cli/io'; // internal to the bin
 * for await (const chunk of readChunks(await open('events.jsonl'))) chunk.length; // at most 131072
 *
 * @internal
 */
export async function* readChunks(file: FileHandle): AsyncGenerator<Uint8Array, void, undefined> {
  try {
    for (;;) {
      const buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES);
      const bytesRead = readSync(file.fd, buffer, 0, READ_CHUNK_BYTES, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}

/**
 * The bytes of an open file, front to back, in chunks of {@link READ_CHUNK_BYTES}, the next chunk
 * read while the caller goes through this one; the file is closed when the caller stops.
 *
 * A read stream reads the next chunk only once the caller has taken this one; here one read is
 * always in flight (reading and splitting a 300,000-event log: 127–151 ms against 128–180 ms for a
 * read stream in the same chunks, a small gain). Reads go on from where the last one ended (no
 * positions), so a pipe or a device reads as well as a file.
 *
 * @example
 * import { open } from 'node:fs/promises';
 * import { readAhead } from './cli/io'; // internal to the bin
 * for await (const chunk of readAhead(await open('events.jsonl'))) chunk.length; // at most 131072
 *
 * @internal
 */
export async function* readAhead(file: FileHandle): AsyncGenerator<Uint8Array, void, undefined> {
  const read = () => file.read(Buffer.allocUnsafe(READ_CHUNK_BYTES), 0, READ_CHUNK_BYTES, null);
  let next: ReturnType<typeof read> | undefined;
  try {
    next = read();
    for (;;) {
      const { bytesRead, buffer } = await next;
      next = undefined;
      if (bytesRead === 0) return;
      next = read();
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    // A caller that stops early leaves a read in flight: it ends (or fails, unheard) before the close.
    await next?.catch(() => undefined);
    await file.close();
  }
}

/**
 * Splits a byte stream into the lines of a JSON Lines file, as text. Lines end at `\n` only: a
 * `\r` before it is dropped (Windows line ends), a lone `\r` inside a line is kept (JSON allows
 * it as white space; `readline` would split there and shift every later line number). Each line
 * is decoded as UTF-8 on its own, strictly: bytes that are not UTF-8 make that line an
 * {@link UnreadableLine} (`INVALID_UTF8`) instead of U+FFFD replacement characters. A line longer
 * than `maxLine` bytes is an `UnreadableLine` (`LINE_TOO_LONG`) and is skipped without being held;
 * if no line end follows within `maxSkip` more bytes, reading stops there with that problem.
 *
 * @example
 * import { splitLines } from './cli/io'; // internal to the bin
 * for await (const line of splitLines([Buffer.from('{"a":\r1}\r\n\xff\n')])) console.log(line);
 * // '{"a":\r1}', then { _tag: 'UnreadableLine', code: 'INVALID_UTF8', … }
 *
 * @category cli
 * @since 0.1.0
 */
export async function* splitLines(
  input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  maxLine: number = MAX_LINE_BYTES,
  maxSkip: number = MAX_SKIP_BYTES,
): AsyncGenerator<string | UnreadableLine> {
  for await (const batch of lineBatches(input, maxLine, maxSkip)) yield* batch;
}

/**
 * The lines of {@link splitLines}, a batch per chunk of input read, as an async iterable of lines
 * that also hands its batches to a reader that asks for them ({@link LINE_BATCHES}): the checker
 * then goes through a chunk's lines without awaiting each one.
 *
 * @internal
 */
export function batchedLines(
  input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  maxLine: number = MAX_LINE_BYTES,
  maxSkip: number = MAX_SKIP_BYTES,
): BatchedLines {
  const batches = lineBatches(input, maxLine, maxSkip);
  return {
    [LINE_BATCHES]: batches,
    // Line by line, for a reader that does not ask for the batches (checkEventLog and
    // auditEventLog do); stopping early closes the input through the batches' generator.
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches) yield* batch;
    },
  };
}

// The lines of each chunk of input, in order (a chunk that ends no line gives none).
async function* lineBatches(
  input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  maxLine: number,
  maxSkip: number,
): AsyncGenerator<readonly (string | UnreadableLine)[], void, undefined> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let parts: Uint8Array[] = [];
  let length = 0;
  let pending = false;
  let skipped = -1; // bytes of an over-long line seen so far, or -1 while the line fits
  const finish = (): string | UnreadableLine => {
    if (skipped >= 0) return tooLong(maxLine, `${skipped} bytes`);
    let bytes = parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts, length);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    try {
      return decoder.decode(bytes);
    } catch {
      // The strict decoder reports bad bytes only by throwing; here the line becomes a problem.
      return invalidUtf8(bytes);
    }
  };
  // The lines of a run of whole lines decoded at once, or undefined when a line of it is not
  // UTF-8 or too long: those lines are then read one by one, which names the bad line.
  const wholeLines = (bytes: Uint8Array): string[] | undefined => {
    let text: string;
    if (isAscii(bytes)) {
      // ASCII (most logs) is its own UTF-8 and Latin-1: copied into a string, with no decoding.
      text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    } else {
      try {
        text = decoder.decode(bytes);
      } catch {
        return undefined;
      }
    }
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      // A UTF-16 code unit is at most 3 bytes of UTF-8: only a line that might be too long is counted.
      if (line.length * 3 > maxLine && Buffer.byteLength(line, 'utf8') > maxLine) return undefined;
      if (line.charCodeAt(line.length - 1) === 0x0d) lines[i] = line.slice(0, -1);
    }
    return lines;
  };
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let out: (string | UnreadableLine)[] = [];
    let start = 0;
    // Bytes up to `slowUntil` are read line by line (a run of lines that could not be read at once).
    let slowUntil = -1;
    while (start <= buffer.length) {
      if (length === 0 && skipped < 0 && start > slowUntil) {
        // Fast path: the whole lines from here to the last \n of the chunk (of its next
        // MAX_RUN_BYTES), decoded in one call and split on \n. UTF-8 never has a \n inside a
        // character: a run of lines decodes as its lines do.
        const last = buffer.lastIndexOf(0x0a, start + MAX_RUN_BYTES);
        if (last >= start) {
          const lines = wholeLines(buffer.subarray(start, last));
          if (lines === undefined) {
            slowUntil = last;
          } else {
            if (out.length === 0) out = lines;
            else for (const line of lines) out.push(line);
            start = last + 1;
            continue;
          }
        }
      }
      const newline = buffer.indexOf(0x0a, start);
      const end = newline === -1 ? buffer.length : newline;
      if (end > start) pending = true;
      if (skipped >= 0) skipped += end - start;
      else if (length + end - start > maxLine) {
        skipped = length + end - start;
        parts = [];
        length = 0;
      } else if (end > start) {
        parts.push(buffer.subarray(start, end));
        length += end - start;
      }
      if (skipped > maxLine + maxSkip) {
        out.push(tooLong(maxLine, `no line end within ${maxLine + maxSkip} bytes; reading stopped here`));
        yield out;
        return;
      }
      if (newline === -1) break;
      out.push(finish());
      parts = [];
      length = 0;
      pending = false;
      skipped = -1;
      start = newline + 1;
    }
    if (out.length > 0) yield out;
  }
  if (pending) yield [finish()];
}

function tooLong(maxLine: number, detail: string): UnreadableLine {
  return {
    _tag: 'UnreadableLine',
    code: 'LINE_TOO_LONG',
    message: `line longer than ${maxLine} bytes (${detail}); an event is a few hundred bytes: is this a JSON Lines event log?`,
  };
}

function invalidUtf8(bytes: Uint8Array): UnreadableLine {
  // Where the first bad byte is: the longest prefix that decodes (only for a line already known bad).
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  const at = Math.min(lo, bytes.length - 1);
  const byte = (bytes[at] ?? 0).toString(16).padStart(2, '0');
  return {
    _tag: 'UnreadableLine',
    code: 'INVALID_UTF8',
    message: `not valid UTF-8 text (byte 0x${byte} at byte ${at + 1} of the line); save the log as UTF-8`,
  };
}

/**
 * Why a file-system or store operation failed, as a {@link CliMessage} naming the file when there
 * is one (`no such file`, `permission denied`, `is a directory`, or the system's own words).
 *
 * @example
 * import { ioProblem } from './cli/io'; // internal to the bin
 * ioProblem(Object.assign(new Error('x'), { code: 'ENOENT' }), 'a.jsonl'); // { code: 'NO_SUCH_FILE', params: { path: 'a.jsonl' } }
 *
 * @category cli
 * @since 0.2.0
 */
export function ioProblem(e: unknown, path?: string): CliMessage {
  // A store read that failed carries its own message (store-source.ts).
  const own = (e as { cliMessage?: CliMessage } | null)?.cliMessage;
  if (own !== undefined) return own;
  const where = path === undefined ? {} : { path };
  const code = (e as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return cliMessage('NO_SUCH_FILE', where);
    case 'EACCES':
    case 'EPERM':
      return cliMessage('PERMISSION_DENIED', where);
    case 'EISDIR':
      return cliMessage('IS_A_DIRECTORY', where);
    default:
      return cliMessage('IO_ERROR', { ...where, detail: e instanceof Error ? e.message : String(e) });
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
 * Reads and parses a JSON file (a policy), as a value or the reason naming the file.
 *
 * @example
 * import { readJsonFile } from './cli/io'; // internal to the bin
 * await readJsonFile('policy.json'); // Right(value) or Left({ code: 'NOT_JSON', params: { path: 'policy.json', … } })
 *
 * @category cli
 * @since 0.1.0
 */
export async function readJsonFile(path: string): Promise<E.Either<CliMessage, unknown>> {
  let text: string;
  try {
    // Read at most one byte more than the limit: a device or a huge file is refused, not slurped.
    const file = await open(path, 'r');
    let bytes: Buffer;
    try {
      const buffer = Buffer.alloc(MAX_JSON_BYTES + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await file.read(buffer, length, buffer.length - length, null);
        length += bytesRead;
        if (bytesRead === 0 || length === buffer.length) break;
      }
      bytes = buffer.subarray(0, length);
    } finally {
      await file.close();
    }
    if (bytes.length > MAX_JSON_BYTES) return E.left(cliMessage('FILE_TOO_LARGE', { path, limit: MAX_JSON_BYTES }));
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return E.left(cliMessage('NOT_UTF8', { path }));
    }
  } catch (e) {
    return E.left(ioProblem(e, path));
  }
  try {
    return E.right(JSON.parse(text) as unknown);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return E.left(cliMessage('NOT_JSON', { path, detail, ...jsonErrorPlace(text, detail) }));
  }
}

// Where the parser stopped, as line and column, from the position its message names (none when
// the text ended early): a reader of another language gets the place without the parser's English.
function jsonErrorPlace(text: string, detail: string): { line?: number; column?: number } {
  const position = /at position (\d+)/.exec(detail)?.[1];
  if (position === undefined) return {};
  const before = text.slice(0, Number(position));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
