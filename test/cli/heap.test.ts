import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The bin keeps V8's young generation at its starting size (src/cli/heap.ts). The V8 flag it sets
// is read when the young generation grows; a Node whose V8 stopped reading it at run time would
// silently undo the tuning, so a child process shows the effect, with a control run beside it.
const root = fileURLToPath(new URL('../..', import.meta.url));

// Keeps 200,000 small objects alive, made one by one (as a log's per-inquiry records are), and
// prints the young generation's size in bytes before and after.
const script = (tuned: boolean) => `
import { getHeapSpaceStatistics } from 'node:v8';
import { keepYoungGenerationSmall } from './src/cli/heap.ts';
const young = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
${tuned ? 'keepYoungGenerationSmall();' : ''}
const before = young();
const kept = [];
for (let i = 0; i < 200000; i++) kept.push({ id: 'INQ-' + i, at: Date.now() + i, stage: i % 7 });
console.log(JSON.stringify({ before, after: young(), kept: kept.length }));
`;

function youngGeneration(tuned: boolean): { before: number; after: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script(tuned)], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { before: number; after: number };
}

describe('given a process that keeps many young objects alive', () => {
  it('when the CLI tuning is applied, then the young generation keeps its starting size', () => {
    const { before, after } = youngGeneration(true);
    expect(after).toBe(before);
  });

  it('when it is not (the control), then V8 grows the young generation', () => {
    const { before, after } = youngGeneration(false);
    expect(after).toBeGreaterThan(before);
  });
});
