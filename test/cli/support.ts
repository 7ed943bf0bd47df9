import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { InquiryEvent } from '../../src/inquiry/events';
import { main } from '../../src/cli/main';

/** What one in-process run of the CLI printed and returned. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `first-inquiry ...argv` in process with captured output and the given standard input, in an
 * empty locale environment (English), whatever LANG the machine running the tests has.
 */
export async function run(argv: readonly string[], stdin: string | Buffer = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(
    argv,
    {
      stdout: { write: (chunk) => ((stdout += text(chunk)), true) },
      stderr: { write: (chunk) => ((stderr += text(chunk)), true) },
      stdin: Readable.from([stdin]),
    },
    {},
  );
  return { code, stdout, stderr };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * What the CLI wrote, as text: reports come as UTF-8 bytes, each batch whole characters (a batch
 * that split one would throw here).
 */
export function text(chunk: string | Uint8Array): string {
  return typeof chunk === 'string' ? chunk : UTF8.decode(chunk);
}

const dir = mkdtempSync(join(tmpdir(), 'first-inquiry-cli-'));
let files = 0;

/** Writes a log file of the given lines (events are serialised, strings written as they are). */
export function logFile(lines: ReadonlyArray<InquiryEvent | string>): string {
  const path = join(dir, `log-${(files += 1)}.jsonl`);
  writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));
  return path;
}

/** Writes any file into the scratch folder. */
export function scratchFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The scratch folder of this test run. */
export const scratchDir = dir;
