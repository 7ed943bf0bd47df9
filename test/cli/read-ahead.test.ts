import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLines, readAhead, readChunks } from '../../src/cli/io';

// The CLI reads a log file with the next chunk in flight while the current one is split and
// checked: the bytes must come out whole and in order, and the file must be closed however the
// reader stops.
const dir = mkdtempSync(join(tmpdir(), 'first-inquiry-read-ahead-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };

describe('given a log file larger than one chunk', () => {
  // 3.5 chunks of 128 KiB, with no byte pattern that repeats at a chunk's length.
  const bytes = Buffer.from(Array.from({ length: 3.5 * 131_072 }, (_, i) => (i * 7 + (i >> 11)) % 251));
  const file = join(dir, 'big.bin');
  writeFileSync(file, bytes);

  it('when read ahead, then every byte comes once, in order, and the file is closed', async () => {
    const handle = await open(file, 'r');
    const chunks: Uint8Array[] = [];
    for await (const chunk of readAhead(handle)) chunks.push(chunk);
    expect(chunks.length).toBe(4);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
    // A closed FileHandle has no descriptor left (fd -1).
    expect(handle.fd).toBe(-1);
  });

  it('when read in chunks (a regular file), then every byte comes once, in order, and the file is closed', async () => {
    const handle = await open(file, 'r');
    const chunks: Uint8Array[] = [];
    for await (const chunk of readChunks(handle)) chunks.push(chunk);
    expect(chunks.map((c) => c.length)).toEqual([131_072, 131_072, 131_072, 65_536]);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
    expect(handle.fd).toBe(-1);
  });

  it('when the reader of chunks stops after the first, then the file is closed', async () => {
    const handle = await open(file, 'r');
    for await (const chunk of readChunks(handle)) {
      expect(chunk.length).toBe(131_072);
      break;
    }
    expect(handle.fd).toBe(-1);
  });

  it('when the reader stops after the first chunk, then the read in flight ends and the file is closed', async () => {
    const handle = await open(file, 'r');
    for await (const chunk of readAhead(handle)) {
      expect(chunk.length).toBe(131_072);
      break;
    }
    expect(handle.fd).toBe(-1);
  });
});

describe('given a JSON Lines log', () => {
  it('when opened by the CLI, then its lines are those of the file, whatever the chunks', async () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => `{"n":${i},"text":"${'é'.repeat(i % 90)}"}`);
    const file = join(dir, 'log.jsonl');
    writeFileSync(file, `${lines.join('\r\n')}\n`);
    const opened = await openLines(file, io);
    if (opened._tag === 'Left') throw new Error(`not opened: ${opened.left.code}`);
    const read: unknown[] = [];
    for await (const line of opened.right) read.push(line);
    expect(read).toEqual(
      readFileSync(file, 'utf8')
        .split('\n')
        .slice(0, -1)
        .map((l) => l.replace(/\r$/, '')),
    );
  });

  it('when the file is missing, then the error names it', async () => {
    const opened = await openLines(join(dir, 'missing.jsonl'), io);
    expect(opened._tag).toBe('Left');
  });
});
