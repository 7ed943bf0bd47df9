import { cpus, freemem, loadavg, totalmem } from 'node:os';

/**
 * One figure of a benchmark, against a baseline measured in the same run. `ratio` always reads
 * "how the measured path compares with its baseline, higher is better": value/baseline for rates,
 * baseline/value for times. `goal` is the target in words; `met` says whether it held.
 */
export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline: { readonly name: string; readonly value: number; readonly unit: string } | null;
  readonly ratio: number | null;
  readonly goal: string | null;
  readonly met: boolean | null;
  readonly note?: string;
}

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryMB: number;
  readonly freeMemoryMB: number;
  readonly node: string;
  readonly platform: string;
  /** 1, 5 and 15 minute load averages when the run started and ended: the machine is shared. */
  readonly loadAtStart: readonly number[];
  loadAtEnd?: readonly number[];
}

export function machine(): Machine {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryMB: Math.round(totalmem() / 2 ** 20),
    freeMemoryMB: Math.round(freemem() / 2 ** 20),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

const round = (n: number): number => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 1000) / 1000);

/** A figure for the table and the JSON file, its ratio and whether its goal held. */
export function result(
  name: string,
  value: number,
  unit: string,
  options: {
    baseline?: { name: string; value: number; unit?: string };
    higherIsBetter?: boolean;
    goal?: string;
    met?: boolean;
    note?: string;
    /** The ratio as measured (e.g. the median of paired runs' ratios), instead of value / baseline. */
    ratio?: number;
  } = {},
): BenchResult {
  const { baseline } = options;
  const ratio =
    options.ratio !== undefined
      ? options.ratio
      : baseline === undefined || value === 0 || baseline.value === 0
        ? null
        : options.higherIsBetter === false
          ? baseline.value / value
          : value / baseline.value;
  return {
    name,
    value: round(value),
    unit,
    baseline: baseline === undefined ? null : { name: baseline.name, value: round(baseline.value), unit: baseline.unit ?? unit },
    ratio: ratio === null ? null : Math.round(ratio * 1000) / 1000,
    goal: options.goal ?? null,
    met: options.met ?? null,
    ...(options.note === undefined ? {} : { note: options.note }),
  };
}

export function printTable(results: readonly BenchResult[]): void {
  console.table(
    results.map((r) => ({
      benchmark: r.name,
      value: `${r.value} ${r.unit}`,
      baseline: r.baseline === null ? '' : `${r.baseline.value} ${r.baseline.unit} (${r.baseline.name})`,
      ratio: r.ratio ?? '',
      goal: r.goal ?? '',
      met: r.met === null ? '' : r.met ? 'yes' : 'NO',
    })),
  );
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
