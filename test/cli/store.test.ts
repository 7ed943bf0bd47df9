import { PGlite } from '@electric-sql/pglite';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { BOARD_TIMES, runDemo, type DemoRun } from '../../examples/demo';
import { deadlineBoard, holdings } from '../../src/supervision/index';
import { run } from './support';
import { openPgliteEventStore } from '../../src/store/pglite';

// The auditor's path without code (issue 13): export a store, check and audit it as a file or
// straight from the store, read-only.

const dir = mkdtempSync(join(tmpdir(), 'first-inquiry-store-cli-'));
const dataDir = join(dir, 'demo-data');
let demo: DemoRun;

beforeAll(async () => {
  demo = await runDemo(dataDir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run demo', () => {
  it('prints the board read back from the persisted projection, equal to the board folded from the events', () => {
    const events = demo.events.map((e) => e.event);
    expect(demo.persisted.holdings).toEqual(holdings(events));
    expect(demo.persisted.deadlines).toEqual(deadlineBoard(events, BOARD_TIMES[BOARD_TIMES.length - 1]!));
    expect(demo.persisted.checkpoint).toBe(demo.events[demo.events.length - 1]!.position);
    expect(demo.lines.join('\n')).toContain('Board from the persisted projection (SQL table first_inquiry_positions');
  });
});

describe('first-inquiry export --store DIR', () => {
  it('writes every stored event, in position order, as a log that check accepts (exit 0)', async () => {
    const out = join(dir, 'x.jsonl');
    const exported = await run(['export', '--store', dataDir, '--out', out]);
    expect(exported.stderr).toContain(`${demo.events.length} events`);
    expect(exported.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(demo.events.map((e) => ({ type: e.event.type, data: e.event.data })));
    const checked = await run(['check', out]);
    expect(checked.stdout).toContain(`${demo.events.length} events`);
    expect(checked.code).toBe(0);
  });

  it('says what it wrote in the user’s language: the count, the last position and the file unchanged', async () => {
    const out = join(dir, 'zh.jsonl');
    const n = demo.events.length;
    const last = demo.events[n - 1]!.position;
    expect((await run(['export', '--store', dataDir, '--out', out, '--lang', 'zh-CN'])).stderr).toBe(
      `first-inquiry export: 已将 ${n} 条事件（至位置 ${last}）写入 ${out}\n`,
    );
    expect((await run(['export', '--store', dataDir, '--out', out])).stderr).toBe(
      `first-inquiry export: ${n} events up to position ${last} written to ${out}\n`,
    );
  });

  it('--from POS exports only the events after that global position', async () => {
    const cut = demo.events[9]!.position;
    const exported = await run(['export', '--store', dataDir, '--from', String(cut)]);
    expect(exported.code).toBe(0);
    expect(exported.stdout.trimEnd().split('\n').length).toBe(demo.events.filter((e) => e.position > cut).length);
  });

  it('refuses a bad --from, a missing --store, and a folder that is not a store, creating nothing', async () => {
    expect((await run(['export', '--store', dataDir, '--from', '1.5'])).stderr).toMatch(/--from must be a global position/);
    expect((await run(['export'])).code).toBe(2);
    const empty = join(dir, 'empty');
    const missing = await run(['audit', '--store', empty]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such folder/);
    expect(existsSync(empty)).toBe(false);
  });
});

describe('check and audit --store DIR', () => {
  it('audit --store DIR --format json equals the audit of the exported file', async () => {
    const out = join(dir, 'y.jsonl');
    expect((await run(['export', '--store', dataDir, '--out', out])).code).toBe(0);
    const fromFile = await run(['audit', out, '--format', 'json']);
    const fromStore = await run(['audit', '--store', dataDir, '--format', 'json']);
    expect(fromStore.stderr).toBe('');
    expect(fromStore.code).toBe(fromFile.code);
    expect(fromStore.stdout).toBe(fromFile.stdout);
    expect(JSON.parse(fromStore.stdout).findings.length).toBeGreaterThan(0);
  });

  it('check --store DIR prints what check prints on the export, with the store as the file name', async () => {
    const out = join(dir, 'z.jsonl');
    await run(['export', '--store', dataDir, '--out', out]);
    const fromFile = await run(['check', out]);
    const fromStore = await run(['check', '--store', dataDir]);
    expect(fromStore.code).toBe(fromFile.code);
    expect(fromStore.stdout.replaceAll(dataDir, out)).toBe(fromFile.stdout);
  });

  it('says an empty folder is not a PGlite database and a PGlite database without the event table holds no store, creating nothing', async () => {
    const empty = join(dir, 'empty-folder');
    mkdirSync(empty);
    const r1 = await run(['check', '--store', empty]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/not a PGlite database/);
    expect(readdirSync(empty)).toEqual([]);
    const bare = join(dir, 'bare-pglite');
    const db = await PGlite.create(bare);
    await db.close();
    const r2 = await run(['export', '--store', bare, '--out', join(dir, 'never.jsonl')]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/no first-inquiry event store here/);
    // The same refusals in the user's language, naming the same folder and table.
    expect((await run(['check', '--store', empty, '--lang', 'zh-CN'])).stderr).toBe(
      `first-inquiry check: ${empty}: 不是 PGlite 数据库（没有 PG_VERSION 文件）；未创建任何内容\n`,
    );
    expect((await run(['export', '--store', bare, '--lang', 'zh-TW'])).stderr).toBe(
      `first-inquiry export: ${bare}: 這裡沒有 first-inquiry 事件庫（缺少 first_inquiry_events 資料表）；未建立任何內容\n`,
    );
    const again = await PGlite.create(bare);
    expect((await again.query<{ t: string | null }>(`SELECT to_regclass('first_inquiry_events')::text AS t`)).rows[0]?.t).toBeNull();
    await again.close();
  });

  it('reports a damaged stored row as check reports a bad line of the export, with its line number, and goes on', async () => {
    const damaged = join(dir, 'damaged');
    const opened = await openPgliteEventStore({ dataDir: damaged });
    if (opened._tag === 'Left') throw new Error(opened.left.message);
    const first = demo.events.filter((e) => e.streamId === demo.events[0]!.streamId).slice(0, 2);
    for (const e of first)
      expect(
        (await opened.right.append(e.streamId, [e.event], { expectedVersion: e.version === 1 ? 'no-stream' : e.version - 1 }))._tag,
      ).toBe('Right');
    // Written by another tool, bypassing the store's boundary checks.
    await opened.right.db.query(
      `INSERT INTO first_inquiry_events (stream_id, version, type, schema_version, data) VALUES ('INQ-BAD', 1, 'InquiryResolved', 1, '{"inquiryId":"INQ-BAD"}')`,
    );
    await opened.right.close();
    const fromStore = await run(['check', '--store', damaged]);
    expect(fromStore.code).toBe(1);
    expect(fromStore.stdout).toMatch(new RegExp(`${damaged}:3: INVALID_EVENT`));
    const out = join(dir, 'damaged.jsonl');
    const exported = await run(['export', '--store', damaged, '--out', out]);
    expect(exported.stderr).toContain('3 events');
    expect((await run(['check', out])).stdout).toBe(fromStore.stdout.replaceAll(damaged, out));
    expect((await run(['audit', out, '--format', 'json'])).stdout).toBe(
      (await run(['audit', '--store', damaged, '--format', 'json'])).stdout,
    );
  });

  it('refuses a file positional together with --store', async () => {
    const both = await run(['check', '--store', dataDir, 'x.jsonl']);
    expect(both.code).toBe(2);
  });
});

describe('--store postgres://…', () => {
  const url = inject('postgresUrl');
  const database = `fi_store_cli_${process.pid}`;
  const dbUrl = url.replace(/\/postgres$/, `/${database}`);

  it('says clearly that a database without the event table holds no store, and creates nothing', async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const r = await run(['audit', '--store', dbUrl]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no first-inquiry event store here/);
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    const tables = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    await client.end();
    expect(tables.rows[0].n).toBe(0);
  });

  it('reads a server store read-only: audit --store URL equals audit of its export, and the transaction refuses writes', async () => {
    const { connectPostgresEventStore } = await import('../../src/store/postgres');
    const opened = await connectPostgresEventStore({ connection: { connectionString: dbUrl } });
    if (opened._tag === 'Left') throw new Error(opened.left.message);
    for (const e of demo.events) {
      const r = await opened.right.append(e.streamId, [e.event], { expectedVersion: e.version === 1 ? 'no-stream' : e.version - 1 });
      expect(r._tag).toBe('Right');
    }
    await opened.right.close();
    const out = join(dir, 'pg.jsonl');
    expect((await run(['export', '--store', dbUrl, '--out', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n').length).toBe(demo.events.length);
    const fromFile = await run(['audit', out, '--format', 'json']);
    const fromStore = await run(['audit', '--store', dbUrl, '--format', 'json']);
    expect(fromStore.stdout).toBe(fromFile.stdout);
    const { openReadOnlyStore } = await import('../../src/cli/store-source');
    const ro = await openReadOnlyStore(dbUrl);
    if (ro._tag === 'Left') throw new Error(JSON.stringify(ro.left));
    const last = demo.events[demo.events.length - 1]!;
    const write = await ro.right.store.append(last.streamId, [last.event], { expectedVersion: last.version });
    expect(write._tag).toBe('Left');
    expect(JSON.stringify(write)).toMatch(/read-only transaction/);
    await ro.right.close();
  });
});
