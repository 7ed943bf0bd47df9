import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index';
import { INQUIRY_EVENT_TYPES } from '../../src/inquiry/events';

// docs/ARCHITECTURE.md: one lifecycle (only four files name event types), a small root entry.

const srcDir = join(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

// Code lines only: TSDoc examples may show an event, they do not switch on one.
function codeOf(file: string): string {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(\*|\/\/|\/\*\*)/.test(line))
    .join('\n');
}

describe('the structure the architecture doc promises', () => {
  it('only the event codecs, decide, the lifecycle and the checker’s event→command map name event types', () => {
    const naming = sourceFiles(srcDir)
      .filter((file) => {
        const code = codeOf(file);
        return INQUIRY_EVENT_TYPES.some((type) => code.includes(`'${type}'`));
      })
      .map((file) => relative(srcDir, file))
      .sort();
    expect(naming).toEqual(['inquiry/decide.ts', 'inquiry/events.ts', 'inquiry/lifecycle.ts', 'log/command.ts']);
  });

  it('the root entry keeps to at most 50 runtime names', () => {
    expect(Object.keys(root).length).toBeLessThanOrEqual(50);
  });
});
