import * as E from 'fp-ts/Either';
import type * as t from 'io-ts';
import { Bench } from 'tinybench';
import { commandCodecs, decide, type InquiryCommand, type InquiryState } from '../src/index';
import { generateInquiry } from './history';
import type { BenchOptions } from './options';
import { result, type BenchResult } from './report';

// Benchmark 2: how long one decision takes on a long-running inquiry (50 events folded), the cost
// a command handler pays per command on top of its store.

interface Case {
  readonly state: InquiryState;
  readonly command: InquiryCommand;
}

function cases(options: BenchOptions): Case[] {
  return Array.from({ length: options.decideInquiries }, (_, i) => {
    const { state, next } = generateInquiry(options.decideEvents, 1 + i, `INQ-${i}`);
    if (E.isLeft(decide(next, state))) throw new Error(`bug: the next command of INQ-${i} is refused`);
    return { state, command: next };
  });
}

const micros = (ms: number): number => ms * 1000;

export async function benchDecide(options: BenchOptions): Promise<BenchResult[]> {
  const all = cases(options);
  let i = 0;
  const nextCase = (): Case => all[i++ % all.length] as Case;
  let sink = 0;
  const bench = new Bench({ time: options.decideTime, warmupTime: Math.min(500, options.decideTime), iterations: 64 });
  bench
    .add('decide', () => {
      const c = nextCase();
      sink += E.isRight(decide(c.command, c.state)) ? 1 : 0;
    })
    .add('codec decode alone', () => {
      const c = nextCase();
      sink += E.isRight((commandCodecs[c.command.type] as t.Decoder<unknown, InquiryCommand>).decode(c.command)) ? 1 : 0;
    })
    .add('empty call', () => {
      sink += nextCase() === undefined ? 0 : 1;
    });
  await bench.run();
  if (sink === 0) throw new Error('bug: nothing was decided');
  const latency = (name: string) => {
    const res = bench.getTask(name)?.result;
    if (res?.state !== 'completed') throw new Error(`${name} did not complete`);
    return res.latency;
  };
  const decideLatency = latency('decide');
  const decode = latency('codec decode alone');
  const empty = latency('empty call');
  const note = `${all.length} inquiries of ${options.decideEvents} events, their next commands in turn (${new Set(all.map((c) => c.command.type)).size} command types); empty call p50 ${micros(empty.p50).toFixed(2)} µs`;
  return [
    result('decide p50', micros(decideLatency.p50), 'µs', {
      baseline: { name: 'command codec decode alone, p50', value: micros(decode.p50) },
      higherIsBetter: false,
      note,
    }),
    result('decide p99', micros(decideLatency.p99), 'µs', {
      baseline: { name: 'command codec decode alone, p99', value: micros(decode.p99) },
      higherIsBetter: false,
      goal: 'p99 < 20 µs',
      met: micros(decideLatency.p99) < 20,
    }),
  ];
}
