import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../support/chromium';

const work = mkdtempSync(join(tmpdir(), 'first-inquiry-chromium-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function executable(name: string): string {
  const path = join(work, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

const none = async () => undefined;
const missing = join(work, 'missing');

describe('finding Chromium for the browser tests', () => {
  it('takes FI_CHROMIUM, then CHROMIUM_PATH, then the system Chromium, then the shipped build', async () => {
    const mine = executable('mine');
    const theirs = executable('theirs');
    const system = executable('system');
    const shipped = async () => executable('shipped');
    expect(await findChromium({ FI_CHROMIUM: mine, CHROMIUM_PATH: theirs }, system, shipped)).toEqual({
      path: mine,
      source: 'FI_CHROMIUM',
    });
    expect(await findChromium({ CHROMIUM_PATH: theirs }, system, shipped)).toEqual({ path: theirs, source: 'CHROMIUM_PATH' });
    expect(await findChromium({}, system, shipped)).toEqual({ path: system, source: 'system' });
    expect(await findChromium({}, missing, shipped)).toEqual({ path: join(work, 'shipped'), source: '@sparticuz/chromium' });
  });

  it('fails, naming FI_CHROMIUM, when there is no Chromium at all (a browser test never skips)', async () => {
    await expect(findChromium({}, missing, none)).rejects.toThrow(/Set FI_CHROMIUM/);
  });

  it('fails, naming the variable, when FI_CHROMIUM or CHROMIUM_PATH points at nothing, rather than quietly using another browser', async () => {
    const system = executable('system-2');
    await expect(findChromium({ FI_CHROMIUM: missing }, system, none)).rejects.toThrow(/^FI_CHROMIUM is set to/);
    await expect(findChromium({ CHROMIUM_PATH: join(work, 'plain') }, system, none)).rejects.toThrow(/^CHROMIUM_PATH is set to/);
  });
});

describe('every browser test', () => {
  it('launches Chromium through test/support/chromium.ts, so it finds the shipped build when the system has none', () => {
    const dir = join(__dirname, '../browser');
    const files = readdirSync(dir).filter((f) => /\.test\.ts$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/chromium\.launch\(|executablePath/);
      expect(source, file).toContain('launchChromium');
    }
  });
});
