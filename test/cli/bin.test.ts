import { execFile, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { received, transferred } from '../support/events';
import { clerk, guard, plumber } from '../support/staff';
import { minute } from '../support/time';
import { logFile } from './support';

// The bin as npm installs it: dist/cli.js built with the project's own tsup config (into a
// staging folder under .tmp/, so the repo's dist/ is left to other tests and node still finds
// node_modules), run by node in a child process.

const exec = promisify(execFile);
const root = resolve(__dirname, '../..');
mkdirSync(join(root, '.tmp'), { recursive: true }); // git-ignored; absent in a fresh clone
const stage = mkdtempSync(join(root, '.tmp', 'cli-bin-'));
const bin = join(stage, 'cli.js');

interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function node(args: readonly string[], stdin = ''): Promise<Ran> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/**
 * Runs the bin with standard streams on files (as the shell's `<`, `>`, `2>` do), or with a reader
 * that closes standard output after the first chunk (as `| head -c1` does).
 */
function nodeTo(
  args: readonly string[],
  to: { readonly stdin?: string; readonly stdout?: string; readonly stderr?: string; readonly closeAfterFirstChunk?: boolean },
): Promise<Ran> {
  const fds = [
    to.stdin === undefined ? 'ignore' : openSync(to.stdin, 'r'),
    to.stdout === undefined ? 'pipe' : openSync(to.stdout, 'w'),
    to.stderr === undefined ? 'pipe' : openSync(to.stderr, 'w'),
  ] as const;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: [...fds] });
    for (const fd of fds) if (typeof fd === 'number') closeSync(fd);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (to.closeAfterFirstChunk === true) child.stdout?.destroy();
    });
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  await exec(
    process.execPath,
    [join(root, 'node_modules/tsup/dist/cli-default.js'), '--entry.cli', 'src/cli/bin.ts', '--format', 'esm', '--out-dir', stage],
    { cwd: root },
  );
}, 120_000);

afterAll(() => rmSync(stage, { recursive: true, force: true }));

describe('the built first-inquiry bin', () => {
  it('is an executable ESM script with a node shebang, named by package.json "bin"', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin?: Record<string, string> };
    expect(manifest.bin).toEqual({ 'first-inquiry': './dist/cli.js' });
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('rules --format json prints the catalogue and exits 0', async () => {
    const { code, stdout } = await node(['rules', '--format', 'json']);
    expect([code, (JSON.parse(stdout) as Array<{ id: string }>).map((r) => r.id).at(-1)]).toEqual([0, 'FI-17']);
  });

  it('check reports a broken log with file and line and exits 1', async () => {
    const file = logFile([received({ by: guard }), transferred({ by: plumber, to: clerk, at: minute(5) }), '{oops']);
    const { code, stdout, stderr } = await node(['check', file]);
    expect([code, stderr]).toEqual([1, '']);
    expect(stdout).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: NOT_RESPONSIBLE \\(FI-02\\): `, 'm'));
    expect(stdout).toMatch(/:3: MALFORMED_JSON: not valid JSON/);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('2 events, 1 inquiries, 2 problems');
  });

  it('check - reads standard input', async () => {
    const { code, stdout } = await node(['check', '-'], `${JSON.stringify(received({ by: guard }))}\n`);
    expect([code, stdout]).toEqual([0, '1 events, 1 inquiries, 0 problems\n']);
  });

  const full = existsSync('/dev/full');

  it.skipIf(!full)('standard output on a full disk (> /dev/full): one line on stderr saying so, exit 2, no stack trace', async () => {
    const file = logFile([received({ by: guard })]);
    for (const [command, args] of [
      ['check', ['check', file]],
      ['audit', ['audit', file]],
      ['rules', ['rules']],
    ] as const) {
      const { code, stderr } = await nodeTo([...args], { stdout: '/dev/full' });
      expect([code, stderr]).toEqual([
        2,
        `first-inquiry ${command}: cannot write standard output: ENOSPC: no space left on device, write\n`,
      ]);
    }
  });

  it.skipIf(!full)('standard error on a full disk as well: exit 2, silently', async () => {
    const { code } = await nodeTo(['rules'], { stdout: '/dev/full', stderr: '/dev/full' });
    expect(code).toBe(2);
  });

  it('a reader that closes the pipe early (| head): the exit status check computed (1: problems), nothing on stderr', async () => {
    const many = logFile(Array.from({ length: 20_000 }, () => '{oops'));
    const { code, stderr } = await nodeTo(['check', many], { closeAfterFirstChunk: true });
    expect([code, stderr]).toEqual([1, '']);
  });

  it('standard input that is a directory (check - < folder): exit 2 saying so', async () => {
    const { code, stderr } = await nodeTo(['check', '-'], { stdin: dirname(bin) });
    expect([code, stderr]).toEqual([2, 'first-inquiry check: -: is a directory, not an event log\n']);
  });

  it('a missing file: exit 2, one line on stderr, no stack trace', async () => {
    const { code, stdout, stderr } = await node(['check', 'no/such/log.jsonl']);
    expect([code, stdout, stderr]).toEqual([2, '', 'first-inquiry check: no/such/log.jsonl: no such file\n']);
  });
});
