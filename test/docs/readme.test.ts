import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/index';

const run = promisify(execFile);
const readme = readFileSync('README.md', 'utf8');

// The npm tarball holds no docs/ or examples/, and the registry shows README.md as it is: links to
// the repository's files must be absolute, to the repository on GitHub (package.json's repository).
const REPO = 'https://github.com/first-inquiry/first-inquiry';
const REPO_FILE = new RegExp(`^${REPO.replaceAll('.', '\\.')}/(?:blob|tree)/main/(.+)$`);

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
      expect(readme).toContain(`| [${rule.id}](${REPO}/blob/main/docs/rules.md#${anchor}) | ${rule.title} | ${rule.kind} |`);
      expect(rulesDoc).toContain(`<a id="${anchor}"></a>`);
    }
  });

  it('keeps the sections for command-line auditing, storage and performance', () => {
    for (const heading of ['## Command-line auditing', '## Storage', '## Performance']) expect(readme).toContain(heading);
  });

  it('links to the repository by absolute URL (the npm page has no docs/), and only to files that exist', () => {
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThan(5);
    expect(
      links.filter((l) => !/^(https?:|mailto:)/.test(l)),
      'relative links are dead on the npm page: use ' + REPO + '/blob/main/…',
    ).toEqual([]);
    const files = links.map((l) => REPO_FILE.exec(l.split('#')[0] ?? '')?.[1]).filter((f): f is string => f !== undefined);
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => !existsSync(f))).toEqual([]);
  });

  it('names the repository that package.json names', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
      repository: { url: string };
      homepage: string;
      bugs: { url: string };
    };
    expect(manifest.repository.url).toBe(`git+${REPO}.git`);
    expect(manifest.homepage).toBe(`${REPO}#readme`);
    expect(manifest.bugs.url).toBe(`${REPO}/issues`);
  });
});
