import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main';

// One timed pass over a JSONL log in a fresh process, so its peak memory is its own:
//   tsx bench/child/pass.ts <baseline|check|audit> FILE
// prints one JSON line { ms, maxRssMB, lines, exitCode } on stderr. The CLI's own output is
// counted and dropped, as a pipe to another program would take it.

async function baseline(file: string): Promise<number> {
  let lines = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const value: unknown = JSON.parse(line);
    if (typeof value === 'object' && value !== null) lines += 1;
  }
  return lines;
}

async function cli(command: string, file: string): Promise<{ lines: number; exitCode: number }> {
  let lines = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const byte of chunk) if (byte === 10) lines += 1;
      done();
    },
  });
  const exitCode = await main([command, file], { stdout: sink, stderr: process.stderr, stdin: process.stdin });
  return { lines, exitCode };
}

const [mode, file] = process.argv.slice(2);
if (file === undefined || (mode !== 'baseline' && mode !== 'check' && mode !== 'audit')) {
  console.error('usage: tsx bench/child/pass.ts <baseline|check|audit> FILE');
  process.exit(2);
}
const started = performance.now();
const outcome = mode === 'baseline' ? { lines: await baseline(file), exitCode: 0 } : await cli(mode, file);
const ms = performance.now() - started;
process.stderr.write(`${JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, ...outcome })}\n`);
