import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/index';

const run = promisify(execFile);
const readme = readFileSync('README.md', 'utf8');

/** Docs that other parts of the project write; their links are checked once they exist. */

function codeBlockAfter(heading: string, lang: string): string {
  const from = readme.indexOf(heading);
  const start = readme.indexOf('```' + lang + '\n', from);
  const end = readme.indexOf('\n```', start);
  if (from < 0 || start < 0 || end < 0) throw new Error(`no ${lang} block after ${heading}`);
  return readme.slice(start + lang.length + 4, end);
}

describe('README.md', () => {
  it('shows the quick start exactly as examples/quick-start.ts has it', () => {
    expect(codeBlockAfter('## Quick start', 'ts')).toBe(readFileSync('examples/quick-start.ts', 'utf8').trimEnd());
  });

  it('shows what the quick start really prints', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'examples/quick-start.ts']);
    expect(codeBlockAfter('It prints:', 'text')).toBe(stdout.trimEnd());
  });

  it('lists every rule with its title and kind, linked to its section of docs/rules.md', () => {
    const rulesDoc = readFileSync('docs/rules.md', 'utf8');
    for (const rule of RULES) {
      const anchor = rule.id.toLowerCase();
      expect(readme).toContain(`| [${rule.id}](docs/rules.md#${anchor}) | ${rule.title} | ${rule.kind} |`);
      expect(rulesDoc).toContain(`<a id="${anchor}"></a>`);
    }
  });

  it('keeps the sections for command-line auditing, storage and performance', () => {
    for (const heading of ['## Command-line auditing', '## Storage', '## Performance']) expect(readme).toContain(heading);
  });

  it('links only to files that exist', () => {
    const links = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1] ?? '').filter((l) => !/^[a-z]+:/.test(l));
    expect(links.length).toBeGreaterThan(5);
    const missing = links.filter((l) => !existsSync(l));
    expect(missing).toEqual([]);
  });
});
