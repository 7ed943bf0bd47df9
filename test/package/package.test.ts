import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The built package as a user gets it: built into a staging folder (the repo's own dist/ is left
// alone, since other test files may be reading it), packed once, installed from the tarball into
// a scratch project, and imported from plain ESM and CJS scripts run by node.

const exec = promisify(execFile);
const root = resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  devDependencies: Record<string, string>;
};
const work = mkdtempSync(join(tmpdir(), 'first-inquiry-package-'));
const stage = join(work, 'stage');
const consumer = join(work, 'consumer');

// npm passes its own settings to scripts as npm_config_* variables (prefix, local prefix…); the
// scratch project's npm must not inherit them, or it would install into this repository.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_|^INIT_CWD$/i.test(k)));

function sh(cmd: string, args: readonly string[], cwd: string) {
  return exec(cmd, [...args], { cwd, env: cleanEnv, maxBuffer: 16 * 1024 * 1024 });
}

let packedFiles: string[] = [];

beforeAll(async () => {
  mkdirSync(stage);
  mkdirSync(consumer);
  for (const f of ['package.json', 'README.md', 'LICENSE']) if (existsSync(join(root, f))) copyFileSync(join(root, f), join(stage, f));
  await sh(process.execPath, [join(root, 'node_modules/tsup/dist/cli-default.js'), '--out-dir', join(stage, 'dist')], root);
  const { stdout } = await sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], stage);
  const [packed] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  if (packed === undefined) throw new Error(`npm pack printed no tarball: ${stdout}`);
  packedFiles = packed.files.map((f) => f.path);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '0.0.0', private: true }));
  // The README's install line: the package with its peers fp-ts and io-ts (the versions we test with).
  await sh(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      join(work, packed.filename),
      `fp-ts@${manifest.devDependencies['fp-ts']}`,
      `io-ts@${manifest.devDependencies['io-ts']}`,
      // The README's policy example reads its file with node:fs, as a Node project would.
      `@types/node@${manifest.devDependencies['@types/node']}`,
    ],
    consumer,
  );
}, 240_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

// One story for both module systems: a guard receives a leak, tries to hand it to an off-duty
// plumber (refused, FI-08), then to the on-duty one; the testing helper checks the refusal too.
const story = `
const guard = { id: 's-017', name: 'Wang Wei', department: 'security', onDuty: true };
const plumber = { id: 's-102', name: 'Li Na', department: 'engineering', onDuty: true };
const base = { inquiryId: 'INQ-1', actor: guard };
const received = decide({ type: 'ReceiveInquiry', data: { ...base, at: '2026-05-04T21:10:00+08:00', channel: 'visit',
  category: 'emergency-repair', requester: { name: 'Mrs Zhao' }, intent: 'Ceiling leak', announced: { name: 'Wang Wei' } } }, initialState());
const state = received.right.reduce(evolve, initialState());
const handover = (onDuty) => ({ type: 'TransferInquiry', data: { ...base, at: '2026-05-04T21:15:00+08:00',
  to: { ...plumber, onDuty }, note: 'Drip over the sink.', reason: 'out-of-scope' } });
const refused = decide(handover(false), state);
const accepted = decide(handover(true), state);
const spec = DeciderSpecification.for()(received.right).when(handover(false)).thenRefused({ code: 'HANDLER_OFF_DUTY', rule: 'FI-08' });
let specCaught = null;
try { DeciderSpecification.for()(received.right).when(handover(true)).thenRefused('HANDLER_OFF_DUTY'); } catch (e) { specCaught = e.name; }
console.log(JSON.stringify({
  refused: { tag: refused._tag, code: refused.left?.code, rule: refused.left?.rule, field: refused.left?.field },
  responsibleAfter: accepted.right.reduce(evolve, state).responsible.name,
  specRule: spec.rule,
  specCaught,
  rules: RULES.length,
  version: pkg.version,
}));
`;

const esm = `import { RULES, decide, evolve, initialState } from 'first-inquiry';
import { DeciderSpecification } from 'first-inquiry/testing';
import { createRequire } from 'node:module';
const pkg = createRequire(import.meta.url)('first-inquiry/package.json');
${story}`;

const cjs = `const { RULES, decide, evolve, initialState } = require('first-inquiry');
const { DeciderSpecification } = require('first-inquiry/testing');
const pkg = require('first-inquiry/package.json');
${story}`;

function readmeBlockAfter(heading: string): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('```ts\n', readme.indexOf(heading));
  const end = readme.indexOf('\n```', start);
  if (readme.indexOf(heading) < 0 || start < 0 || end < 0) throw new Error(`README.md has no ts block after ${heading}`);
  return `${readme.slice(start + 6, end)}\nexport {};\n`;
}

function typecheck(files: readonly string[]) {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const flags = [
    '--noEmit',
    '--strict',
    '--exactOptionalPropertyTypes',
    '--module',
    'nodenext',
    '--moduleResolution',
    'nodenext',
    '--target',
    'es2022',
    '--lib',
    'es2022,dom',
  ];
  return sh(process.execPath, [tsc, ...flags, ...files], consumer);
}

async function runScript(name: string, source: string): Promise<Record<string, unknown>> {
  writeFileSync(join(consumer, name), source);
  const { stdout } = await sh(process.execPath, [name], consumer);
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('the packed package', () => {
  it('holds ESM .js, CJS .cjs, .d.ts and .d.cts for every entry, the README and licence, and no sources or tests', () => {
    for (const entry of ['index', 'testing']) {
      for (const ext of ['.js', '.cjs', '.d.ts', '.d.cts']) expect(packedFiles).toContain(`dist/${entry}${ext}`);
    }
    expect(packedFiles).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE']));
    expect(packedFiles.filter((f) => /^(src|test|examples|scripts)\//.test(f))).toEqual([]);
  });

  it.each([
    ['ESM', 'esm.mjs', esm],
    ['CJS', 'cjs.cjs', cjs],
  ])(
    'from %s: refuses a handover to someone off duty with FI-08, accepts it on duty, and first-inquiry/testing works',
    async (_kind, name, source) => {
      expect(await runScript(name, source)).toEqual({
        refused: { tag: 'Left', code: 'HANDLER_OFF_DUTY', rule: 'FI-08', field: 'data.to.onDuty' },
        responsibleAfter: 'Li Na',
        specRule: 'FI-08',
        specCaught: 'SpecificationError',
        rules: 17,
        version: manifest.version,
      });
    },
  );

  it('installs the first-inquiry command, which runs from the tarball', async () => {
    const { stdout } = await sh(join(consumer, 'node_modules/.bin/first-inquiry'), ['rules', '--format', 'json'], consumer);
    const rules = JSON.parse(stdout) as Array<{ id: string }>;
    expect(rules.map((r) => r.id)).toContain('FI-08');
  });

  it('runs the README quick start (examples/quick-start.ts) as a user would', async () => {
    const source = readFileSync(join(root, 'examples/quick-start.ts'), 'utf8');
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    writeFileSync(join(consumer, 'quick-start.mjs'), js);
    const { stdout } = await sh(process.execPath, ['quick-start.mjs'], consumer);
    expect(stdout.trimEnd().split('\n')).toEqual([
      'InquiryReceived; responsible: Wang Wei',
      expect.stringMatching(/^REFUSED HANDLER_OFF_DUTY \(FI-08\): Li Na is not at their post\./),
      'InquiryTransferred; responsible: Li Na',
    ]);
  });

  it('gives TypeScript real types from ESM (.d.ts) and CJS (.d.cts), not any: the quick start and the README policy example check, a misuse does not', async () => {
    writeFileSync(join(consumer, 'quick-start.mts'), readFileSync(join(root, 'examples/quick-start.ts'), 'utf8'));
    writeFileSync(join(consumer, 'policy.mts'), readmeBlockAfter('## Policy'));
    writeFileSync(
      join(consumer, 'types.cts'),
      `import fi = require('first-inquiry');
import testing = require('first-inquiry/testing');
const r = fi.decide({ type: 'ResolveInquiry' } as never, fi.initialState());
export const code: fi.ViolationCode | undefined = r._tag === 'Left' ? r.left.code : undefined;
export const spec: typeof testing.DeciderSpecification = testing.DeciderSpecification;
`,
    );
    writeFileSync(
      join(consumer, 'wrong.mts'),
      `import { decide, initialState } from 'first-inquiry';
export const notAString: string = decide({ type: 'ResolveInquiry' } as never, initialState());
`,
    );
    // One compiler run for all the files: the only error must be the misuse in wrong.mts.
    const failure = await typecheck(['quick-start.mts', 'policy.mts', 'types.cts', 'wrong.mts']).then(
      () => 'no error',
      (e: { stdout?: string }) => e.stdout ?? '',
    );
    const errors = failure.split('\n').filter((line) => /error TS/.test(line));
    expect(errors).toEqual([expect.stringMatching(/^wrong\.mts\(2,\d+\): error TS2322: /)]);
    // The misuse is caught against the real result type, not `any`.
    expect(failure).toContain("Type 'Decision' is not assignable to type 'string'");
  });

  it('gives types to a node10 project too ("module": "commonjs", no moduleResolution): every subpath resolves through typesVersions', async () => {
    const dir = join(consumer, 'node10');
    mkdirSync(dir, { recursive: true });
    // The tsconfig of many NestJS-style projects: TypeScript's node10 resolution, which ignores `exports`.
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'commonjs',
          target: 'es2020',
          strict: true,
          noEmit: true,
          esModuleInterop: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['index.ts'],
      }),
    );
    writeFileSync(
      join(dir, 'index.ts'),
      `import { decide, initialState, type ViolationCode } from 'first-inquiry';
import { DeciderSpecification } from 'first-inquiry/testing';
import type { PgliteStoreOptions } from 'first-inquiry/pglite';
import type { postgresEventStore } from 'first-inquiry/postgres';
const r = decide({ type: 'ResolveInquiry' } as never, initialState());
export const code: ViolationCode | undefined = r._tag === 'Left' ? r.left.code : undefined;
export const options: PgliteStoreOptions | undefined = undefined;
export type Store = ReturnType<typeof postgresEventStore>;
export const notAString: string = DeciderSpecification;
`,
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const failure = await sh(process.execPath, [tsc, '-p', 'tsconfig.json'], dir).then(
      () => 'no error',
      (e: { stdout?: string }) => e.stdout ?? '',
    );
    // The one error is the deliberate misuse on the last line: the subpaths resolved, with real types.
    expect(failure.split('\n').filter((line) => /error TS/.test(line))).toEqual([
      expect.stringMatching(/^index\.ts\(9,\d+\): error TS2322: /),
    ]);
  });
});
