import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadavg } from 'node:os';
import { benchCli } from './cli.bench';
import { benchDecide } from './decide.bench';
import { USAGE, parseOptions, type BenchOptions } from './options';
import { benchProperties } from './properties.bench';
import { benchReplay } from './replay.bench';
import { benchStore } from './store.bench';
import { machine, printTable, type BenchResult } from './report';

// `npm run bench` (full sizes, writes bench/results.json) or `npm run bench:smoke` (tiny sizes,
// for CI: proves every benchmark still runs). Every figure is a ratio against a baseline timed in
// the same run, because these machines are shared and noisy.

const suites: Record<string, (options: BenchOptions) => Promise<BenchResult[]>> = {
  replay: benchReplay,
  decide: benchDecide,
  cli: benchCli,
  store: benchStore,
  properties: benchProperties,
};

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const options = parseOptions(process.argv.slice(2));
  const host = machine();
  const results: BenchResult[] = [];
  for (const [name, run] of Object.entries(suites)) {
    if (options.only !== null && !options.only.has(name)) continue;
    const started = performance.now();
    results.push(...(await run(options)));
    console.log(`${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  host.loadAtEnd = loadavg().map((l) => Math.round(l * 100) / 100);
  printTable(results);
  const { only, ...sizes } = options;
  mkdirSync(dirname(options.resultsFile), { recursive: true });
  writeFileSync(
    options.resultsFile,
    `${JSON.stringify({ date: new Date().toISOString(), machine: host, sizes: { ...sizes, only: only === null ? null : [...only] }, results }, null, 2)}\n`,
  );
  console.log(`load average ${host.loadAtStart.join(' ')} at start, ${host.loadAtEnd.join(' ')} at end; results in ${options.resultsFile}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
