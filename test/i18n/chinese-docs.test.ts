import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../src/supervision/finding';
import { RULES } from '../../src/rules/catalogue';
import { logFile, run, scratchFile } from '../cli/support';
import { received } from '../support/events';
import { guard } from '../support/staff';

const read = (path: string): string => readFileSync(path, 'utf8');

function deadLinks(path: string): string[] {
  const links = [...read(path).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1] ?? '').filter((l) => !/^[a-z]+:/.test(l));
  return links.filter((l) => !existsSync(join(dirname(path), l)));
}

describe('the Chinese docs', () => {
  it('README.md and README.zh-CN.md link to each other', () => {
    // README.md is also the npm page, where only absolute links work (test/docs/readme.test.ts).
    expect(read('README.md')).toContain('](https://github.com/first-inquiry/first-inquiry/blob/main/README.zh-CN.md)');
    expect(read('README.zh-CN.md')).toContain('](README.md)');
  });

  it.each(['README.zh-CN.md', 'docs/auditing.zh-CN.md', 'docs/rules.zh-CN.md', 'docs/glossary.md'])(
    '%s links only to files that exist',
    (path) => {
      expect(deadLinks(path)).toEqual([]);
    },
  );

  it('docs/auditing.zh-CN.md explains every finding code and every rule to an auditor', () => {
    const doc = read('docs/auditing.zh-CN.md');
    for (const code of FINDING_CODES) expect(doc).toContain(`| \`${code}\` |`);
    for (const rule of RULES) expect(doc).toContain(`| ${rule.id} |`);
  });

  it('README.zh-CN.md documents formatFinding and --lang', () => {
    const doc = read('README.zh-CN.md');
    expect(doc).toContain('formatFinding(');
    expect(doc).toContain('--lang zh-CN');
  });

  it('the CLI error shown in docs/auditing.zh-CN.md is what the CLI prints for that policy', async () => {
    const policy = scratchFile('lenient.json', JSON.stringify({ inactivity: { amount: -1, unit: 'working-days' } }));
    const r = await run(['audit', logFile([received({ by: guard })]), '--policy', policy, '--lang', 'zh-CN']);
    expect(r.code).toBe(2);
    expect(read('docs/auditing.zh-CN.md')).toContain(r.stderr.replace(policy, 'lenient.json'));
  });
});
