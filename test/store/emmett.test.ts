import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runOnEmmett } from '../../examples/emmett';
import { runScenario } from '../../examples/runner';
import { scenarios } from '../../examples/scenarios';
import { fold } from '../../src/inquiry/decider';

describe("examples/emmett.ts: the decider on Emmett's DeciderCommandHandler", () => {
  it.each(scenarios.map((s) => [s.id] as const))(
    '%s: Emmett stores exactly the events our decider accepts, and reports refusals with their rule',
    async (id) => {
      const scenario = scenarios.find((s) => s.id === id)!;
      const expected = runScenario(scenario);
      const run = await runOnEmmett(id);
      expect(run.stored).toEqual(expected.events);
      expect(run.state).toEqual(fold(expected.events));
      const refusals = expected.outcomes.filter((o) => o.result.kind === 'refused').length;
      expect(run.lines.filter((l) => l.startsWith('  ✗ ')).length).toBe(refusals);
    },
  );

  it('runs as a script', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'examples/emmett.ts'], { encoding: 'utf8' });
    expect(stdout).toMatch(/✓ InquiryReceived → responsible: /);
    expect(stdout).toMatch(/✗ [A-Z_]+ \(FI-\d\d\): /);
  });
});
