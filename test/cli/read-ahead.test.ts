import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openLines, readAhead, readChunks } from '../../src/cli/io';

// The CLI reads a log file with the next chunk in flight while the current one is split and
// checked: the bytes must come out whole and in order, and the file must be closed however the
// reader stops.
const dir = mkdtempSync(join(tmpdir(), 'first-inquiry-read-ahead-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('given a log file larger than one chunk', () => {
  // 3.5 chunks of 128 KiB, with no byte pattern that repeats at a chunk's length.
  const bytes = Buffer.from(Array.from({ length: 3.5 * 131_072 }, (_, i) => (i * 7 + (i >> 11)) % 251));
  const file = join(dir, 'big.bin');
  writeFileSync(file, bytes);

  // readAhead keeps the next read in flight (pipes, devices); readChunks reads a regular file synchronously.
  describe.each([
    ['read ahead', readAhead],
    ['read in chunks', readChunks],
  ])('when %s', (_, read) => {
    it('then every byte comes once, in order, in chunks of 128 KiB, and the file is closed', async () => {
      const handle = await open(file, 'r');
      const chunks: Uint8Array[] = [];
      for await (const chunk of read(handle)) chunks.push(chunk);
      expect(chunks.map((c) => c.length)).toEqual([131_072, 131_072, 131_072, 65_536]);
      expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
      // A closed FileHandle has no descriptor left (fd -1).
      expect(handle.fd).toBe(-1);
    });

    it('and the reader stops after the first chunk, then (any read in flight ended) the file is closed', async () => {
      const handle = await open(file, 'r');
      for await (const chunk of read(handle)) {
        expect(chunk.length).toBe(131_072);
        break;
      }
      expect(handle.fd).toBe(-1);
    });
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

  it('when it comes through a named pipe written in two parts, then its lines come whole and nothing waits forever', () => {
    // A synchronous read of a pipe with nothing in it yet would stop its process, and a writer in
    // that process with it: the reader and the writer share a child process, which is stopped
    // after 20 s if they wait on each other.
    const fifo = join(dir, 'events.fifo');
    execFileSync('mkfifo', [fifo]);
    const script = `
      import { open } from 'node:fs/promises';
      import { openLines } from './src/cli/io.ts';
      const fifo = process.env.FIFO;
      const lines = Array.from({ length: 2000 }, (_, i) => '{"n":' + i + '}');
      const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
      const opening = openLines(fifo, io);
      const writer = await open(fifo, 'w');
      await writer.write(lines.slice(0, 1000).join('\\n') + '\\n');
      const rest = (async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        await writer.write(lines.slice(1000).join('\\n') + '\\n');
        await writer.close();
      })();
      const opened = await opening;
      const read = [];
      for await (const line of opened.right) read.push(line);
      await rest;
      console.log(JSON.stringify(read.length === lines.length && read.every((line, i) => line === lines[i])));
    `;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      env: { ...process.env, FIFO: fifo },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(out.trim()).toBe('true');
  });

  it('when the file is missing, then the error names it', async () => {
    const opened = await openLines(join(dir, 'missing.jsonl'), io);
    expect(opened._tag).toBe('Left');
  });
});
