import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/catalogue';
import { run } from './support';

describe('first-inquiry rules', () => {
  it('prints every rule of the catalogue as text by default, one block per rule, in ID order', async () => {
    const { code, stdout } = await run(['rules']);
    expect(code).toBe(0);
    expect(
      stdout
        .split('\n')
        .filter((l) => /^FI-\d\d /.test(l))
        .map((l) => l.slice(0, 5)),
    ).toEqual(RULES.map((r) => r.id));
    expect(stdout).toContain('NOT_RESPONSIBLE');
  });

  it('--format json is the catalogue itself', async () => {
    const { code, stdout } = await run(['rules', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(RULES)));
  });

  it('--format md has a heading per rule with the seed quote', async () => {
    const { stdout } = await run(['rules', '--format=md']);
    expect(stdout.match(/^## FI-\d\d /gm)).toHaveLength(RULES.length);
    expect(stdout).toContain(`> ${RULES[0]?.quote}`);
  });

  it('an unknown format is a usage error (exit 2)', async () => {
    const { code, stderr } = await run(['rules', '--format', 'pdf']);
    expect([code, stderr.split('\n')[0]]).toEqual([2, 'first-inquiry rules: --format must be text, md or json (got pdf)']);
  });
});
