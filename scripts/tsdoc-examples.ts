// Every `@example` in the TSDoc of src/, as a runnable module (as fp-ts's docs-ts does): extracted
// here, written to a folder by test/docs/examples.test.ts, typechecked with `first-inquiry` mapped to
// src, and run. Each example is a whole module that imports what it uses from the package's entries.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';

export interface TsdocExample {
  /** The source file, relative to the repository root (src/decide.ts). */
  readonly file: string;
  /** The documented symbol, with its container for members (`EventStore.append`). */
  readonly symbol: string;
  /** 1-based, among the examples of that symbol. */
  readonly index: number;
  /** The line of the `@example` tag in the source file, 1-based. */
  readonly line: number;
  readonly code: string;
  /** The absolute paths of the source file and its src folder: an example of an internal module may import relatively. */
  readonly path: string;
  readonly srcDir: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function nameOf(node: ts.Node, source: ts.SourceFile): string | undefined {
  if (ts.isVariableStatement(node)) return node.declarationList.declarations[0]?.name.getText(source);
  const name = (node as { name?: ts.Node }).name;
  if (name !== undefined) return name.getText(source);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  return undefined;
}

/** The code of each `@example` section of a doc comment's raw text (fenced or not). */
export function examplesOf(comment: string): Array<{ readonly offset: number; readonly code: string }> {
  const lines = comment
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, '').replace(/^\s*\*$/, ''));
  const out: Array<{ offset: number; code: string }> = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*@example\b/.test(lines[i] ?? '')) continue;
    let end = i + 1;
    while (end < lines.length && !/^\s*@\w+/.test(lines[end] ?? '')) end++;
    let body = lines.slice(i + 1, end);
    const fence = body.findIndex((l) => /^\s*```/.test(l));
    if (fence >= 0) {
      const close = body.findIndex((l, k) => k > fence && /^\s*```/.test(l));
      body = body.slice(fence + 1, close < 0 ? undefined : close);
    }
    out.push({ offset: i, code: `${body.join('\n').trim()}\n` });
    i = end - 1;
  }
  return out;
}

/** Every `@example` under `srcDir`, in file order. */
export function collectTsdocExamples(root: string, srcDir = join(root, 'src')): TsdocExample[] {
  const examples: TsdocExample[] = [];
  for (const path of sourceFiles(srcDir).sort()) {
    const text = readFileSync(path, 'utf8');
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const counts = new Map<string, number>();
    const visit = (node: ts.Node, container: string | undefined): void => {
      const name = nameOf(node, source);
      const symbol = name === undefined ? container : container === undefined ? name : `${container}.${name}`;
      const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
      for (const doc of docs) {
        for (const example of examplesOf(doc.getText(source))) {
          const key = symbol ?? '(module)';
          const index = (counts.get(key) ?? 0) + 1;
          counts.set(key, index);
          const line = source.getLineAndCharacterOfPosition(doc.getStart(source)).line + 1 + example.offset;
          examples.push({ file: relative(root, path), symbol: key, index, line, code: example.code, path, srcDir });
        }
      }
      const inner =
        ts.isClassDeclaration(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isModuleDeclaration(node) ||
        ts.isTypeLiteralNode(node) ||
        ts.isTypeAliasDeclaration(node) ||
        ts.isObjectLiteralExpression(node) ||
        ts.isVariableStatement(node) ||
        ts.isVariableDeclarationList(node) ||
        ts.isVariableDeclaration(node) ||
        ts.isModuleBlock(node) ||
        ts.isSourceFile(node) ||
        ts.isEnumDeclaration(node);
      if (inner)
        ts.forEachChild(node, (child) =>
          visit(child, ts.isSourceFile(node) || ts.isVariableStatement(node) || ts.isVariableDeclarationList(node) ? container : symbol),
        );
    };
    visit(source, undefined);
  }
  return examples;
}

/** A file name for an example: its source file and symbol, readable in a failure. */
export function exampleFileName(example: TsdocExample): string {
  const file = example.file
    .replace(/^src\//, '')
    .replace(/\.ts$/, '')
    .replaceAll(/[\\/]/g, '-');
  // The line keeps names distinct on case-insensitive file systems (AuditReport, auditReport).
  return `${file}--${example.symbol.replaceAll(/[^\w.$-]/g, '_')}--L${example.line}.ts`;
}

/** Where a failing example is: file, line, symbol — the head of every problem message. */
export function describeExample(example: TsdocExample): string {
  return `${example.file}:${example.line} @example ${example.index} of ${example.symbol}`;
}

/**
 * Writes the examples as modules into `dir` (inside the repository, so node_modules resolves), with
 * a tsconfig that extends `baseTsconfig` (whose paths map `first-inquiry` to src). Returns each
 * example's path.
 */
export function writeExamples(dir: string, examples: readonly TsdocExample[], baseTsconfig: string): Map<string, TsdocExample> {
  mkdirSync(dir, { recursive: true });
  // An example shows a call; a value it makes but does not use is not an error there.
  const tsconfig = {
    extends: relative(dir, baseTsconfig),
    compilerOptions: { noEmit: true, noUnusedLocals: false, noUnusedParameters: false },
    include: ['./*.ts'],
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  const files = new Map<string, TsdocExample>();
  for (const example of examples) {
    const path = join(dir, exampleFileName(example));
    // `export {}` keeps an example without imports a module, so examples never share globals.
    writeFileSync(path, `${absoluteImports(example, dir)}export {};\n`);
    files.set(path, example);
  }
  return files;
}

/**
 * An example of an internal module imports it relatively, from the module's own folder or from
 * src (`./stream-cache`, `./cli/io`): rewritten to point there from the examples' folder.
 */
function absoluteImports(example: TsdocExample, dir: string): string {
  const isModule = (t: string) => existsSync(`${t}.ts`) || existsSync(join(t, 'index.ts'));
  return example.code.replaceAll(/(from\s+|import\s*\(\s*)(['"])(\.\.?\/[^'"]+)\2/g, (whole, head: string, quote: string, spec: string) => {
    const bare = spec.replace(/\.js$/, '');
    const target = [resolve(dirname(example.path), bare), resolve(example.srcDir, bare)].find(isModule);
    if (target === undefined) return whole;
    const rel = relative(dir, target);
    return `${head}${quote}${rel.startsWith('.') ? rel : `./${rel}`}${quote}`;
  });
}

/** Type errors in the examples, each message naming the example's file, line and symbol. */
export function typecheckExamples(dir: string, files: ReadonlyMap<string, TsdocExample>): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(dir, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (parsed === undefined) throw new Error(`cannot read ${join(dir, 'tsconfig.json')}`);
  const program = ts.createProgram({ rootNames: [...files.keys()], options: parsed.options });
  const problems: string[] = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const example =
      diagnostic.file === undefined ? undefined : (files.get(diagnostic.file.fileName) ?? files.get(join(diagnostic.file.fileName)));
    const where =
      diagnostic.file === undefined
        ? ''
        : ` (line ${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1} of the example)`;
    const head = example === undefined ? (diagnostic.file?.fileName ?? 'tsc') : describeExample(example);
    problems.push(`${head}: TS${diagnostic.code}${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
  }
  return problems;
}

const RUNNER = `import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [list, out] = process.argv.slice(2);
const failures = [];
let ran = 0;
let current = '';
const record = (e) => failures.push({ file: current, error: String((e && e.stack) || e).split('\\n').slice(0, 6).join('\\n') });
process.on('unhandledRejection', record);
process.on('uncaughtException', record);
for (const file of JSON.parse(list)) {
  current = file;
  ran++;
  try {
    await Promise.race([import(pathToFileURL(file).href), new Promise((_, reject) => setTimeout(() => reject(new Error('did not finish within 20 s')), 20000).unref())]);
  } catch (e) {
    record(e);
  }
}
await new Promise((resolve) => setTimeout(resolve, 200));
writeFileSync(out, JSON.stringify({ ran, failures }));
process.exit(0);
`;

/**
 * Runs every example, one after another, in one child process (node with tsx, so `first-inquiry`
 * resolves to src through the tsconfig paths), with `dir` as working directory: files an example
 * writes (a PGlite folder) land there. Examples that need a PostgreSQL server find none (PGHOST
 * points at a closed port) and take their Left branch. Returns failures naming file, line, symbol.
 */
export async function runExamples(dir: string, files: ReadonlyMap<string, TsdocExample>): Promise<string[]> {
  writeFileSync(join(dir, 'run-examples.mjs'), RUNNER);
  const out = join(dir, 'failures.json');
  const env = { ...process.env, PGHOST: '127.0.0.1', PGPORT: '9', DATABASE_URL: 'postgres://127.0.0.1:9/none', NODE_OPTIONS: '' };
  await promisify(execFile)(process.execPath, ['--import', 'tsx', 'run-examples.mjs', JSON.stringify([...files.keys()]), out], {
    cwd: dir,
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  const { ran, failures } = JSON.parse(readFileSync(out, 'utf8')) as { ran: number; failures: Array<{ file: string; error: string }> };
  if (ran !== files.size) throw new Error(`the example runner ran ${ran} of ${files.size} examples`);
  return failures.map(({ file, error }) => {
    const example = files.get(file);
    return `${example === undefined ? file : describeExample(example)}: ${error}`;
  });
}
