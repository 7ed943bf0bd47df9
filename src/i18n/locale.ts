/**
 * A language the library's texts are written in: English, Simplified Chinese (简体中文) or
 * Traditional Chinese (繁體中文, the script of the seed text).
 *
 * @example
 * import type { Locale } from 'first-inquiry';
 * const lang: Locale = 'zh-CN';
 *
 * @category i18n
 * @since 0.2.0
 */
export type Locale = 'en' | 'zh-CN' | 'zh-TW';

/**
 * Every supported locale.
 *
 * @example
 * import { LOCALES } from 'first-inquiry';
 * LOCALES.includes('zh-CN'); // true
 *
 * @category i18n
 * @since 0.2.0
 */
export const LOCALES: readonly Locale[] = ['en', 'zh-CN', 'zh-TW'];
