import { isDeepStrictEqual } from 'node:util';
import { Bench } from 'tinybench';
import { evolve, initialState, replayAll, type InquiryEvent, type InquiryState } from '../src/index';
import { baselineFold } from './baseline-fold';
import { collectGarbage } from './gc';
import { generateHistory } from './history';
import type { BenchOptions } from './options';
import { median, result, type BenchResult } from './report';

// Benchmark 1: fold a large interleaved log into the state of every inquiry.

function evolveAll(events: readonly InquiryEvent[]): Map<string, InquiryState> {
  const states = new Map<string, InquiryState>();
  for (const e of events) states.set(e.data.inquiryId, evolve(states.get(e.data.inquiryId) ?? initialState(), e));
  return states;
}

/** Median pass time (ms) of each task, over rounds whose task order alternates. */
async function timeRounds(tasks: Record<string, () => unknown>, options: BenchOptions): Promise<Record<string, number>> {
  const perRound: Record<string, number[]> = {};
  for (let r = 0; r < options.rounds; r++) {
    const names = Object.keys(tasks);
    if (r % 2 === 1) names.reverse();
    const bench = new Bench({ iterations: options.replayIterations, time: 0, warmupIterations: 1, warmupTime: 0 });
    for (const name of names) bench.add(name, tasks[name] as () => unknown, { beforeEach: collectGarbage });
    await bench.run();
    for (const task of bench.tasks) {
      const res = task.result;
      if (res.state !== 'completed') throw new Error(`${task.name}: ${res.state === 'errored' ? String(res.error) : res.state}`);
      (perRound[task.name] ??= []).push(res.latency.p50);
    }
  }
  return Object.fromEntries(Object.entries(perRound).map(([name, times]) => [name, median(times)]));
}

export async function benchReplay(options: BenchOptions): Promise<BenchResult[]> {
  const started = performance.now();
  const events = generateHistory({ inquiries: options.replayInquiries });
  const generated = performance.now() - started;
  console.log(
    `replay: ${events.length} events of ${options.replayInquiries} inquiries generated through decide in ${(generated / 1000).toFixed(1)} s`,
  );

  // The baseline must compute what replay computes, or the ratio compares different work.
  const expected = baselineFold(events);
  const actual = replayAll(events);
  for (const [id, state] of expected) {
    if (!isDeepStrictEqual(state, actual.get(id))) throw new Error(`baseline and replayAll disagree on ${id}`);
  }

  const full = await timeRounds({ baseline: () => baselineFold(events), replayAll: () => replayAll(events) }, options);
  // immer on every event is two orders of magnitude slower: time it on a slice of the log only.
  const slice = events.slice(0, Math.max(1_000, Math.floor(events.length / 50)));
  const small = await timeRounds(
    { baseline: () => baselineFold(slice), evolve: () => evolveAll(slice) },
    { ...options, replayIterations: 1 },
  );

  const rate = (n: number, ms: number): number => n / (ms / 1000);
  const baseRate = rate(events.length, full.baseline as number);
  return [
    result('replayAll: fold the whole log', rate(events.length, full.replayAll as number), 'events/s', {
      baseline: { name: 'hand-written mutable fold', value: baseRate },
      goal: 'ratio >= 0.5',
      met: baseRate > 0 && rate(events.length, full.replayAll as number) / baseRate >= 0.5,
      note: `${events.length} events, ${options.replayInquiries} inquiries; ${(full.replayAll as number).toFixed(0)} ms vs ${(full.baseline as number).toFixed(0)} ms per pass`,
    }),
    result('evolve (immer) event by event', rate(slice.length, small.evolve as number), 'events/s', {
      baseline: { name: 'hand-written mutable fold', value: rate(slice.length, small.baseline as number) },
      note: `first ${slice.length} events only; the path replay replaces`,
    }),
  ];
}
