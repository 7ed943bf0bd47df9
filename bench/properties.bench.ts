import * as fc from 'fast-check';
import { Bench } from 'tinybench';
import { receiptStepArbitrary, runOwnershipProperty, stepArbitrary } from '../test/support/arbitraries';
import { OwnershipStep } from '../test/support/model';
import { collectGarbage } from './gc';
import type { BenchOptions } from './options';
import { result, type BenchResult } from './report';

// Benchmark 5: how many random histories per second the model-based ownership test checks
// (test/properties/ownership.test-prop.ts), so a soak run can be sized. Baseline: fast-check
// generating the same receipt and command lists with the same seeds, checking nothing.

const SEED = 20260504;

function generateOnly(runs: number): number {
  let histories = 0;
  const steps = fc.commands([stepArbitrary.map((step) => new OwnershipStep(step))], { maxCommands: 40, size: 'medium' });
  fc.assert(
    fc.property(receiptStepArbitrary, steps, (first, commands) => {
      histories += first === undefined ? 0 : 1;
      for (const command of commands) if (command === undefined) histories -= 1;
    }),
    { numRuns: runs, seed: SEED },
  );
  return histories;
}

export async function benchProperties(options: BenchOptions): Promise<BenchResult[]> {
  const runs = options.propertyRuns;
  let checked = 0;
  const bench = new Bench({ iterations: options.smoke ? 1 : 3, time: 0, warmupIterations: 1, warmupTime: 0 });
  bench
    .add(
      'model-based test',
      () => {
        checked = runOwnershipProperty(runs, SEED);
      },
      { beforeEach: collectGarbage },
    )
    .add(
      'generation alone',
      () => {
        if (generateOnly(runs) !== runs) throw new Error('bug: generation lost a history');
      },
      { beforeEach: collectGarbage },
    );
  await bench.run();
  if (checked !== runs) throw new Error(`bug: ${checked} of ${runs} histories were checked`);
  const perSecond = (name: string): number => {
    const res = bench.getTask(name)?.result;
    if (res?.state !== 'completed') throw new Error(`${name} did not complete`);
    return runs / (res.latency.p50 / 1000);
  };
  return [
    result('model-based ownership test', perSecond('model-based test'), 'histories/s', {
      baseline: { name: 'fast-check generating the same histories, checking nothing', value: perSecond('generation alone') },
      note: `${runs} histories of a receipt and up to 40 commands, seed ${SEED}`,
    }),
  ];
}
