import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { keepYoungGenerationSmall } from '../../src/cli/heap';
import { main } from '../../src/cli/main';

// One timed pass over a JSONL log in a fresh process, so its peak memory is its own:
//   tsx bench/child/pass.ts <baseline|check|audit|audit:json|audit:md|audit:html> FILE
// prints one JSON line { ms, cpuMs, maxRssMB, lines, bytes, exitCode } on stderr (`audit` is the text report;
// `audit:FORMAT` runs `audit --format FORMAT`). The CLI's own output is
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

async function cli(mode: string, file: string): Promise<{ lines: number; bytes: number; exitCode: number }> {
  let lines = 0;
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      bytes += buffer.length;
      // indexOf, not a loop over the bytes: the sink stands for a pipe and should cost next to nothing.
      for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) lines += 1;
      done();
    },
  });
  const [command = mode, format] = mode.split(':');
  const args = format === undefined ? [command, file] : [command, file, '--format', format];
  const exitCode = await main(args, { stdout: sink, stderr: process.stderr, stdin: process.stdin });
  return { lines, bytes, exitCode };
}

const MODES = ['baseline', 'check', 'audit', 'audit:json', 'audit:md', 'audit:html'];
const [mode, file] = process.argv.slice(2);
if (file === undefined || mode === undefined || !MODES.includes(mode)) {
  console.error(`usage: tsx bench/child/pass.ts <${MODES.join('|')}> FILE`);
  process.exit(2);
}
// The CLI's process is tuned as the bin tunes it; the baseline stays a plain node process, a
// read + JSON.parse pass as anyone would write it (tuned alike, it takes some 0.93 of its time:
// docs/performance.md gives both).
if (mode !== 'baseline') keepYoungGenerationSmall();
const started = performance.now();
const cpu = process.cpuUsage();
const outcome = mode === 'baseline' ? { lines: await baseline(file), exitCode: 0 } : await cli(mode, file);
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
const cpuMs = (used.user + used.system) / 1000;
process.stderr.write(`${JSON.stringify({ ms, cpuMs, maxRssMB: process.resourceUsage().maxRSS / 1024, ...outcome })}\n`);
