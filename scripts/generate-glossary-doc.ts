// `npm run docs:glossary`: writes docs/glossary.md from the glossary module, the one place the
// terms of the trade are spelled. A test fails when the committed file no longer matches.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GLOSSARY, type GlossaryEntry } from '../src/i18n/glossary';

/**
 * Where the generated glossary lives, from the package root.
 *
 * @example
 * import { GLOSSARY_DOC_PATH } from './generate-glossary-doc';
 * GLOSSARY_DOC_PATH; // 'docs/glossary.md'
 *
 * @category docs
 * @since 0.2.0
 */
export const GLOSSARY_DOC_PATH = 'docs/glossary.md';

/**
 * Renders the glossary as Markdown in both languages: one table with the English, Simplified and
 * Traditional terms and the meaning in English and in Chinese. Deterministic.
 *
 * @example
 * import { renderGlossaryDoc } from './generate-glossary-doc';
 * renderGlossaryDoc().includes('首问责任人'); // true
 *
 * @category docs
 * @since 0.2.0
 */
export function renderGlossaryDoc(): string {
  const entries = Object.entries(GLOSSARY) as Array<[string, GlossaryEntry]>;
  return [
    '# Glossary · 术语表',
    '',
    '<!-- Generated from src/i18n/glossary.ts by `npm run docs:glossary`. Do not edit by hand: a test fails when this file is stale. -->',
    '',
    'The terms of the trade of 首问责任制, as every message, report and doc of this library spells them.',
    'The message catalogues take their words from the same module, so a term reads the same everywhere.',
    '',
    '本库所有提示、报告和文档使用的首问责任制行业用语。各语言的提示文字都从同一个术语模块取词，保证同一个词处处一致。',
    '',
    '| key | English | 简体中文 | 繁體中文 | meaning | 含义 |',
    '|---|---|---|---|---|---|',
    ...entries.map(
      ([key, e]) =>
        `| \`${key}\` | ${cell(e.en)} | ${cell(e['zh-CN'])} | ${cell(e['zh-TW'])} | ${cell(e.meaning)} | ${cell(e.meaningZh)} |`,
    ),
    '',
  ].join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(new URL(`../${GLOSSARY_DOC_PATH}`, import.meta.url), renderGlossaryDoc());
  console.log(`wrote ${GLOSSARY_DOC_PATH} (${Object.keys(GLOSSARY).length} terms)`);
}
