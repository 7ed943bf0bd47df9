/** Sizes of every benchmark; `--smoke` shrinks them all so CI can run everything in seconds. */
export interface BenchOptions {
  readonly smoke: boolean;
  readonly only: ReadonlySet<string> | null;
  /** Benchmark 1: inquiries in the replayed history (about 10 events each). */
  readonly replayInquiries: number;
  /** Benchmark 1: timed passes per round, and rounds (the order of paths alternates per round). */
  readonly replayIterations: number;
  readonly rounds: number;
  /** Benchmark 2: distinct 50-event inquiries whose next command is decided. */
  readonly decideInquiries: number;
  readonly decideEvents: number;
  /** Benchmark 2: milliseconds of sampling per task. */
  readonly decideTime: number;
  /** Benchmark 3: events in the JSONL history file. */
  readonly logEvents: number;
  /** Benchmark 4: commands appended per store. */
  readonly storeCommands: number;
  /** Benchmark 5: model-based test runs (histories) timed. */
  readonly propertyRuns: number;
  readonly resultsFile: string;
}

export const SUITES = ['replay', 'decide', 'cli', 'store', 'properties'] as const;

const FULL = {
  replayInquiries: 100_000,
  replayIterations: 3,
  rounds: 3,
  decideInquiries: 200,
  decideEvents: 50,
  decideTime: 3_000,
  logEvents: 1_000_000,
  storeCommands: 2_000,
  propertyRuns: 1_500,
};

const SMOKE: typeof FULL = {
  replayInquiries: 1_000,
  replayIterations: 2,
  rounds: 1,
  decideInquiries: 20,
  decideEvents: 50,
  decideTime: 200,
  logEvents: 5_000,
  storeCommands: 50,
  propertyRuns: 20,
};

export const USAGE = `usage: tsx bench/run.ts [--smoke] [--only replay,decide,cli,store,properties] [--results FILE]
  sizes: ${Object.keys(FULL)
    .map((k) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} N`)
    .join(' ')}`;

/** Reads `--smoke`, `--only a,b`, `--results FILE` and `--size-name N` overrides. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const smoke = argv.includes('--smoke');
  const sizes: Record<string, number> = { ...(smoke ? SMOKE : FULL) };
  let only: Set<string> | null = null;
  // Smoke figures mean nothing; they must not overwrite the committed full-size results.
  let resultsFile = smoke ? '.tmp/bench-results.smoke.json' : 'bench/results.json';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--smoke') continue;
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
    i++;
    if (arg === '--only') {
      only = new Set(value.split(','));
      const unknown = [...only].filter((s) => !(SUITES as readonly string[]).includes(s));
      if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${SUITES.join(', ')}`);
    } else if (arg === '--results') {
      resultsFile = value;
    } else {
      const key = arg.replace(/^--/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      const n = Number(value);
      if (!(key in sizes) || !Number.isInteger(n) || n <= 0) throw new Error(`bad option ${arg} ${value}\n${USAGE}`);
      sizes[key] = n;
    }
  }
  return { smoke, only, resultsFile, ...(sizes as typeof FULL) };
}
