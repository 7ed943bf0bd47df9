import { createReadStream, linkSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { CliIo, TextSink } from '../../src/cli/io';
import { received, transferred } from '../support/events';
import { clerk, guard, plumber } from '../support/staff';
import { minute } from '../support/time';
import { logFile, run, scratchDir, scratchFile, text } from './support';

// Where the CLI writes must never be what it reads, and output that cannot be written is said
// once, plainly, with the right exit code.

const broken = () => logFile([received({ by: guard }), transferred({ by: plumber, to: clerk, at: minute(5) })]);

/** A system error as Node gives it. */
function systemError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/** A Node stream whose writes fail, as a full disk's or a closed pipe's do: reported by an 'error' event. */
function failingStream(error: NodeJS.ErrnoException, okWrites = 0): Writable {
  let writes = 0;
  return new Writable({
    highWaterMark: 1,
    write(_chunk, _encoding, done) {
      writes += 1;
      done(writes > okWrites ? error : null);
    },
  });
}

/** Runs the CLI in process with the given output streams; stderr captured unless given. */
async function runWith(
  argv: readonly string[],
  stdout: TextSink,
  stderr?: TextSink,
  stdin: NodeJS.ReadableStream = Readable.from(['']),
): Promise<{ code: number; stderr: string }> {
  let said = '';
  const io: CliIo = { stdout, stderr: stderr ?? { write: (t) => ((said += text(t)), true) }, stdin };
  return { code: await main(argv, io, {}), stderr: said };
}

describe('--out never overwrites what the command reads', () => {
  const log = () => broken();
  const untouched = (path: string, before: string) => expect(readFileSync(path, 'utf8')).toBe(before);

  it.each([
    ['the same path', (p: string) => p],
    ['the same file by another path', (p: string) => join(p, '..', '.', p.split('/').at(-1) as string)],
    ['a symbolic link to it', (p: string) => (symlinkSync(p, `${p}.link`), `${p}.link`)],
    ['a hard link to it', (p: string) => (linkSync(p, `${p}.hard`), `${p}.hard`)],
  ])(
    'given --out naming the log read (%s), when auditing, then it refuses with exit 2, naming both, and writes nothing',
    async (_, outOf) => {
      const file = log();
      const before = readFileSync(file, 'utf8');
      const out = outOf(file);
      const { code, stdout, stderr } = await run(['audit', file, '--out', out]);
      expect([code, stdout]).toEqual([2, '']);
      expect(stderr).toBe(
        `first-inquiry audit: --out ${out} is the event log being read (${file}): writing there would overwrite it; choose another file\n`,
      );
      untouched(file, before);
    },
  );

  it('given --out naming the --policy file, when auditing, then it refuses and the policy is unchanged', async () => {
    const policy = scratchFile('kept-policy.json', '{}');
    const { code, stderr } = await run(['audit', log(), '--policy', policy, '--out', policy]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--out ${policy} is the --policy file (${policy})`);
    untouched(policy, '{}');
  });

  it('given a log read from standard input redirected from a file, when --out names that file, then it refuses', async () => {
    const file = log();
    const before = readFileSync(file, 'utf8');
    // What the shell hands over for `< file`: a stream on an open descriptor of it.
    const stdin = createReadStream(file, { fd: openSync(file, 'r') });
    try {
      const { code, stderr } = await runWith(['audit', '-', '--out', file], { write: () => true }, undefined, stdin);
      expect(code).toBe(2);
      expect(stderr).toContain(`--out ${file} is the event log being read (-)`);
    } finally {
      stdin.destroy();
    }
    untouched(file, before);
  });

  it('given --out inside the PGlite folder read, when exporting, then it refuses before opening the store', async () => {
    const store = join(scratchDir, 'store-like');
    mkdirSync(store, { recursive: true });
    writeFileSync(join(store, 'PG_VERSION'), '17\n');
    const { code, stderr } = await run(['export', '--store', store, '--out', join(store, 'PG_VERSION')]);
    expect(code).toBe(2);
    expect(stderr).toContain(`is inside the store folder ${store}: writing there would damage the database`);
    untouched(join(store, 'PG_VERSION'), '17\n');
  });

  it('given an --out that does not exist yet, when auditing, then the report is written there', async () => {
    const out = join(scratchDir, 'fresh-report.txt');
    const { code } = await run(['audit', log(), '--out', out]);
    expect(code).toBe(1);
    expect(readFileSync(out, 'utf8')).toMatch(/^Audit as of /);
  });

  it.each([
    ['zh-CN', '就是正在读取的事件日志'],
    ['zh-TW', '就是正在讀取的事件日誌'],
  ])('says so in %s', async (lang, words) => {
    const file = log();
    expect((await run(['audit', file, '--out', file, '--lang', lang])).stderr).toContain(words);
  });
});

describe('output that cannot be written', () => {
  const ENOSPC = () => systemError('ENOSPC', 'no space left on device, write');

  it.each([
    ['check', () => ['check', broken()]],
    ['audit', () => ['audit', broken()]],
    ['rules', () => ['rules']],
  ])('given a full disk behind standard output, when %s writes, then one line says why and it exits 2', async (command, argv) => {
    const { code, stderr } = await runWith(argv(), failingStream(ENOSPC()));
    expect([code, stderr]).toEqual([2, `first-inquiry ${command}: cannot write standard output: ENOSPC: no space left on device, write\n`]);
  });

  it('given a sink that throws as it is written (a synchronous file), then the same line, never the log named as the culprit', async () => {
    const file = broken();
    const { code, stderr } = await runWith(['check', file], {
      write: () => {
        throw ENOSPC();
      },
    });
    expect([code, stderr]).toEqual([2, 'first-inquiry check: cannot write standard output: ENOSPC: no space left on device, write\n']);
  });

  it('given standard error fails too, then it exits 2 and throws nothing', async () => {
    const code = await main(
      ['check', broken()],
      { stdout: failingStream(ENOSPC()), stderr: failingStream(ENOSPC()), stdin: Readable.from(['']) },
      {},
    );
    expect(code).toBe(2);
  });

  it('given the --out file cannot be written, then it names the file and why', async () => {
    const out = join(scratchDir, 'no-such-folder', 'report.txt');
    const { code, stderr } = await run(['audit', broken(), '--out', out]);
    expect([code, stderr]).toEqual([2, `first-inquiry audit: cannot write ${out}: no such file\n`]);
    expect((await run(['audit', broken(), '--out', out, '--lang', 'zh-CN'])).stderr).toBe(
      `first-inquiry audit: 无法写入 ${out}：文件不存在\n`,
    );
  });

  it('given a reader that closes the pipe early, when check found problems, then it exits 1 quietly', async () => {
    const many = logFile(Array.from({ length: 200 }, () => '{oops'));
    const { code, stderr } = await runWith(['check', many], failingStream(systemError('EPIPE', 'broken pipe, write'), 2));
    expect([code, stderr]).toEqual([1, '']);
  });

  it('given a reader that closes the pipe early, when the log is clean, then it exits 0 quietly', async () => {
    const clean = logFile([received({ by: guard })]);
    const { code, stderr } = await runWith(
      ['audit', clean, '--format', 'html'],
      failingStream(systemError('EPIPE', 'broken pipe, write'), 1),
    );
    expect([code, stderr]).toEqual([0, '']);
  });
});
