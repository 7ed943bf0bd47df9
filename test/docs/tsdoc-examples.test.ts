import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectTsdocExamples, examplesOf, runExamples, typecheckExamples, writeExamples } from '../../scripts/tsdoc-examples';
import { followedUp, received, transferred } from '../support/events';
import { minute } from '../support/time';

// Every @example in src's TSDoc is a module that typechecks and runs (as fp-ts's docs-ts does).
// A failing one is named by file, line and symbol: fix the example (or the code it shows).

const root = resolve(__dirname, '../..');
const work = join(root, '.tmp', `tsdoc-examples-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const examples = collectTsdocExamples(root);
const files = writeExamples(join(work, 'src'), examples, join(root, 'tsconfig.json'));
// Examples of the log readers name `events.jsonl`, as a user's exported log: the folder they run in has one.
const log = [received({ at: minute(0) }), transferred({ at: minute(5) }), followedUp({ at: minute(30) })];
writeFileSync(join(work, 'src', 'events.jsonl'), log.map((e) => JSON.stringify(e)).join('\n') + '\n');

describe('the @example blocks in src', () => {
  it('are found: every @example tag in src has one', () => {
    expect(examples.length).toBeGreaterThan(100);
    expect(
      examples.filter((e) => !/\bimport\b/.test(e.code)).map((e) => `${e.file}:${e.line} ${e.symbol}`),
      'an example imports what it shows from the package',
    ).toEqual([]);
  });

  it('typecheck, with first-inquiry mapped to src', () => {
    expect(typecheckExamples(join(work, 'src'), files)).toEqual([]);
  });

  it('run without throwing', async () => {
    expect(await runExamples(join(work, 'src'), files)).toEqual([]);
  });
});

describe('the example checker itself', () => {
  const fixtureSrc = join(work, 'fixture-src');
  mkdirSync(fixtureSrc, { recursive: true });
  writeFileSync(
    join(fixtureSrc, 'sample.ts'),
    `/**
 * Adds.
 *
 * @example
 * import { initialState } from 'first-inquiry';
 * const n: number = initialState();
 *
 * @example
 * \`\`\`ts
 * import { RULES } from 'first-inquiry';
 * if (RULES.length > 0) throw new Error('boom from the example');
 * \`\`\`
 * @since 0.1.0
 */
export const sample = 1;

export interface Holder {
  /**
   * A member.
   * @example
   * import { RULES } from 'first-inquiry';
   * console.log(RULES.length);
   */
  readonly member: number;
}
`,
  );
  const fixture = collectTsdocExamples(work, fixtureSrc);
  const fixtureFiles = writeExamples(join(work, 'fixture'), fixture, join(root, 'tsconfig.json'));

  it('extracts plain and fenced examples, with their symbol (members too) and line', () => {
    expect(fixture.map((e) => [e.symbol, e.index, e.line])).toEqual([
      ['sample', 1, 4],
      ['sample', 2, 8],
      ['Holder.member', 1, 20],
    ]);
    expect(fixture[1]?.code).toBe(
      "import { RULES } from 'first-inquiry';\nif (RULES.length > 0) throw new Error('boom from the example');\n",
    );
    expect(examplesOf('/** No example here. */')).toEqual([]);
  });

  it('names the file, line and symbol of an example that does not typecheck', () => {
    expect(typecheckExamples(join(work, 'fixture'), fixtureFiles)).toEqual([
      expect.stringMatching(/^fixture-src\/sample\.ts:4 @example 1 of sample: TS2322 /),
    ]);
  });

  it('names the file, line and symbol of an example that throws', async () => {
    const failures = await runExamples(join(work, 'fixture'), fixtureFiles);
    expect(failures).toEqual([expect.stringMatching(/^fixture-src\/sample\.ts:8 @example 2 of sample: Error: boom from the example/)]);
  });
});
