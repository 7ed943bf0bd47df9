import { scenarios } from '../../examples/scenarios';

// What "no English" means for the examples' Chinese output: after the values that read the same in
// every language are taken out (recorded names, ids, flat numbers, codes, rule IDs, event and
// command names, category ids, instants, the seed's own passages), no three English words in a row.

export const HAN = /\p{Script=Han}/u;
export const ENGLISH_PHRASE = /\b[A-Za-z][A-Za-z']*(?:[ ,]+[A-Za-z][A-Za-z']*){2,}/;

const NAMES = [
  ...new Set(
    scenarios.flatMap((s) =>
      s.steps.flatMap((step) => {
        const d = step.command.data as unknown as Record<string, { name?: unknown } | undefined>;
        return Object.values(d).flatMap((v) => (v !== null && typeof v === 'object' && typeof v.name === 'string' ? [v.name] : []));
      }),
    ),
  ),
].sort((a, b) => b.length - a.length);

/** The text with what every language keeps unchanged taken out. */
export function wordsOf(text: string): string {
  return NAMES.reduce((t, name) => t.split(name).join(' '), text)
    .replace(/篇\d.*$/gmu, ' ')
    .replace(/\b[A-Z][A-Z_]+\b|\bFI-\d\d\b|\b(?:[A-Z][a-z]+){2,}\b/g, ' ')
    .replace(/\[[a-z-]+\]|\([a-z-]+\)/g, ' ')
    .replace(/\S*[/.:@_\d]\S*/g, ' ');
}
