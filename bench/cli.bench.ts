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
  // Each pass of a command is paired with a baseline pass run next to it (which goes first
  // alternates from round to round), and a ratio is the median of its pairs' ratios: the machine's
  // speed drifts over a run of minutes, and a ratio of medians taken minutes apart follows the drift.
  const pairs: Record<string, Array<{ readonly base: Pass; readonly run: Pass }>> = {};
  const baselines: Pass[] = [];
  for (let r = 0; r < options.rounds; r++) {
    const commandsFirst = r % 2 === 1;
    for (const mode of r % 2 === 0 ? modes.slice(1) : modes.slice(1).reverse()) {
      const first = pass(commandsFirst ? mode : 'baseline', file);
      const second = pass(commandsFirst ? 'baseline' : mode, file);
      const [base, run] = commandsFirst ? [second, first] : [first, second];
      baselines.push(base);
      (pairs[mode] ??= []).push({ base, run });
    }
  }
  if (baselines.length === 0) baselines.push(pass('baseline', file));
  const base = {
    ms: median(baselines.map((p) => p.ms)),
    cpuMs: median(baselines.map((p) => p.cpuMs)),
    maxRssMB: Math.max(...baselines.map((p) => p.maxRssMB)),
  };
  const rate = (ms: number): number => options.logEvents / (ms / 1000);
  const results: BenchResult[] = [
    result('read lines + JSON.parse (baseline)', base.maxRssMB, 'MB peak RSS', {
      note: `${rate(base.ms).toFixed(0)} events/s; ${(base.cpuMs / 1000).toFixed(1)} s CPU; median of ${baselines.length} passes`,
    }),
  ];
  for (const mode of modes.slice(1)) {
    const list = pairs[mode] ?? [];
    const runs = list.map((p) => p.run);
    const ms = median(runs.map((p) => p.ms));
    const cpuMs = median(runs.map((p) => p.cpuMs));
    const maxRssMB = Math.max(...runs.map((p) => p.maxRssMB));
    const pairedBase = { ms: median(list.map((p) => p.base.ms)), cpuMs: median(list.map((p) => p.base.cpuMs)) };
    const speed = median(list.map((p) => p.base.ms / p.run.ms));
    const cpu = median(list.map((p) => p.base.cpuMs / p.run.cpuMs));
    const name = mode === 'audit' ? 'audit (text)' : mode.replace(':', ' --format ');
    results.push(
      result(`${name}: ${options.logEvents} events`, rate(ms), 'events/s', {
        baseline: { name: 'read lines + JSON.parse, paired', value: rate(pairedBase.ms) },
        ratio: speed,
        goal: 'ratio >= 0.5',
        met: speed >= 0.5,
        note: `exit code ${runs[0]?.exitCode}; output ${((runs[0]?.bytes ?? 0) / 2 ** 20).toFixed(1)} MB; ${list.length} passes, each in its own process beside a baseline pass; ratio: median of the pairs' (${list.map((p) => (p.base.ms / p.run.ms).toFixed(3)).join(', ')})`,
      }),
      // On a shared machine wall time follows the load; CPU time (user + system) does much less.
      result(`${name}: CPU time`, cpuMs / 1000, 's CPU', {
        baseline: { name: 'read lines + JSON.parse, CPU time, paired', value: pairedBase.cpuMs / 1000 },
        higherIsBetter: false,
        ratio: cpu,
        goal: 'ratio >= 0.5',
        met: cpu >= 0.5,
      }),
      result(`${name}: peak memory`, maxRssMB, 'MB', {
        baseline: { name: 'read lines + JSON.parse, peak RSS', value: base.maxRssMB },
        higherIsBetter: false,
        goal: 'peak RSS < 300 MB',
        met: maxRssMB < 300,
      }),
    );
  }
  if (modes.length < 3)
    console.log(`cli: ${['check', 'audit'].filter((c) => !modes.includes(c)).join(', ')} not in the CLI yet: not measured`);
  return results;
}
