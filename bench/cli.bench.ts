import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { once } from 'node:events';
import { build } from 'esbuild';
import { fpTsFileImports } from '../scripts/fp-ts-file-imports';
import { generateEvents } from '../scripts/generate-log';
import type { BenchOptions } from './options';
import { median, result, type BenchResult } from './report';

// Benchmark 3: the CLI's streaming `check` and `audit` (text, and each other format: json, md,
// html) over a large JSONL log, each pass in its own process so its peak memory (max RSS) is
// measured; baseline: the same file read line by line and JSON.parse'd, nothing else.

const SEED = 1;

async function logFile(events: number): Promise<string> {
  const file = `.tmp/bench-log-${events}-seed${SEED}.jsonl`;
  if (existsSync(file)) return file;
  mkdirSync('.tmp', { recursive: true });
  const started = performance.now();
  const out = createWriteStream(`${file}.partial`);
  for (const event of generateEvents({ events, seed: SEED })) {
    if (!out.write(`${JSON.stringify(event)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  renameSync(`${file}.partial`, file);
  console.log(`cli: wrote ${events} events to ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s (kept for later runs)`);
  return file;
}

interface Pass {
  readonly ms: number;
  /** CPU time (user + system, all threads) of the pass: what a loaded machine does not inflate. */
  readonly cpuMs: number;
  readonly maxRssMB: number;
  readonly lines: number;
  readonly bytes?: number;
  readonly exitCode: number;
}

// `audit` is the text report; the other formats are timed and their peak memory measured as well.
const AUDIT_FORMATS = ['audit:json', 'audit:md', 'audit:html'];

// The passes run as one bundled file under plain node, as the published CLI runs: under tsx, its
// loader thread alone would add some 50 MB to every peak RSS. esbuild is the bundler tsx and tsup use.
// As in the published build, packages stay external: bundled as CommonJS, fp-ts would be read
// through an interop getter at every call (2% of an audit), which the published CLI never pays.
const PASS = '.tmp/bench-pass.mjs';

async function bundlePass(): Promise<void> {
  await build({
    entryPoints: ['bench/child/pass.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: PASS,
    packages: 'external',
    plugins: [fpTsFileImports],
    logLevel: 'warning',
  });
}

function pass(mode: string, file: string): Pass {
  const child = spawnSync(process.execPath, [PASS, mode, file], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 2 ** 20,
  });
  const last = child.stderr.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !last.startsWith('{'))
    throw new Error(`${mode} pass failed (exit ${child.status}): ${child.stderr.slice(-2000)}`);
  return JSON.parse(last) as Pass;
}

// A command the CLI does not have yet answers with a usage error (exit 2): not measured.
function cliCommands(): string[] {
  return ['check', 'audit'].filter((command) => {
    const { exitCode } = pass(command, '/dev/null');
    return exitCode === 0 || exitCode === 1;
  });
}

export async function benchCli(options: BenchOptions): Promise<BenchResult[]> {
  const file = await logFile(options.logEvents);
  await bundlePass();
  const commands = cliCommands();
  const modes = ['baseline', ...commands, ...(commands.includes('audit') ? AUDIT_FORMATS : [])];
  const passes: Record<string, Pass[]> = {};
  for (let r = 0; r < options.rounds; r++) {
    for (const mode of r % 2 === 0 ? modes : [...modes].reverse()) (passes[mode] ??= []).push(pass(mode, file));
  }
  const summary = (mode: string) => {
    const list = passes[mode] ?? [];
    return {
      ms: median(list.map((p) => p.ms)),
      cpuMs: median(list.map((p) => p.cpuMs)),
      maxRssMB: Math.max(...list.map((p) => p.maxRssMB)),
      exitCode: list[0]?.exitCode,
      bytes: list[0]?.bytes ?? 0,
    };
  };
  const base = summary('baseline');
  const rate = (ms: number): number => options.logEvents / (ms / 1000);
  const results: BenchResult[] = [
    result('read lines + JSON.parse (baseline)', base.maxRssMB, 'MB peak RSS', {
      note: `${rate(base.ms).toFixed(0)} events/s; ${(base.cpuMs / 1000).toFixed(1)} s CPU`,
    }),
  ];
  for (const mode of modes.slice(1)) {
    const s = summary(mode);
    const name = mode === 'audit' ? 'audit (text)' : mode.replace(':', ' --format ');
    results.push(
      result(`${name}: ${options.logEvents} events`, rate(s.ms), 'events/s', {
        baseline: { name: 'read lines + JSON.parse', value: rate(base.ms) },
        goal: 'ratio >= 0.5',
        met: rate(s.ms) / rate(base.ms) >= 0.5,
        note: `exit code ${s.exitCode}; output ${(s.bytes / 2 ** 20).toFixed(1)} MB; median of ${options.rounds} passes, each in its own process`,
      }),
      // On a shared machine wall time follows the load; CPU time (user + system) does much less.
      result(`${name}: CPU time`, s.cpuMs / 1000, 's CPU', {
        baseline: { name: 'read lines + JSON.parse, CPU time', value: base.cpuMs / 1000 },
        higherIsBetter: false,
        goal: 'ratio >= 0.5',
        met: base.cpuMs / s.cpuMs >= 0.5,
      }),
      result(`${name}: peak memory`, s.maxRssMB, 'MB', {
        baseline: { name: 'read lines + JSON.parse, peak RSS', value: base.maxRssMB },
        higherIsBetter: false,
        goal: 'peak RSS < 300 MB',
        met: s.maxRssMB < 300,
      }),
    );
  }
  if (modes.length < 3)
    console.log(`cli: ${['check', 'audit'].filter((c) => !modes.includes(c)).join(', ')} not in the CLI yet: not measured`);
  return results;
}
