import type { Locale } from './locale';

// utils

/**
 * Reads a locale the way people write it: `zh-CN`, `zh_CN.UTF-8`, `zh-Hans`, `zh-TW`, `zh_HK`,
 * `zh-Hant`, `en_US.UTF-8` … (case-insensitive). Traditional-script regions (Taiwan, Hong Kong,
 * Macao) give `zh-TW`; any other Chinese gives `zh-CN`; English gives `en`; anything else
 * `undefined`.
 *
 * @example
 * import { parseLocale } from './detect';
 * parseLocale('zh_CN.UTF-8'); // 'zh-CN'
 * parseLocale('zh_HK'); // 'zh-TW'
 * parseLocale('fr_FR'); // undefined
 *
 * @category i18n
 * @since 0.2.0
 */
export function parseLocale(tag: string): Locale | undefined {
  // `zh_CN.UTF-8@euro` → `zh-cn`: drop the codeset and modifier, unify the separator.
  const base = tag
    .trim()
    .replace(/[.@].*$/, '')
    .replace(/_/g, '-')
    .toLowerCase();
  if (base === 'en' || base.startsWith('en-') || base === 'c' || base === 'posix') return 'en';
  if (base !== 'zh' && !base.startsWith('zh-')) return undefined;
  const parts = base.split('-').slice(1);
  if (parts.includes('hant') || parts.some((p) => p === 'tw' || p === 'hk' || p === 'mo')) return 'zh-TW';
  return 'zh-CN';
}

/**
 * The locale a command-line user asked for through the environment, in POSIX order of precedence:
 * `LC_ALL`, then `LC_MESSAGES`, then `LANG` (the first one set and not empty decides);
 * `zh_CN.UTF-8` → `zh-CN`, `zh_TW` / `zh_HK` → `zh-TW`, anything else → `en`. The environment comes
 * in as data, so the function stays pure.
 *
 * @example
 * import { detectLocale } from 'first-inquiry';
 * detectLocale({ LANG: 'zh_CN.UTF-8' }); // 'zh-CN'
 * detectLocale({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }); // 'en': LC_ALL wins
 * detectLocale({}); // 'en'
 *
 * @category i18n
 * @since 0.2.0
 */
export function detectLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '') return parseLocale(value) ?? 'en';
  }
  return 'en';
}
