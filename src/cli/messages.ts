import { term } from '../i18n/glossary';
import type { Locale } from '../i18n/locale';
import { PLAUSIBLE_YEARS } from '../primitives/years';
import type { DecodeProblem } from '../primitives/reasons';
import { formatDecodeProblem } from '../i18n/decode-problems';
import { visible } from './report/safe';

// The CLI's own words (help, usage errors, file, policy and store problems, export's summary) in
// every locale, keyed by a stable code. Option names, codes, rule IDs, field paths and the values a
// user gave stay as they are in every language, so tools and people can match on them; every value
// echoed from the command line, a file or a driver goes through `visible` first.

// model

/** How a message words the values it is given, in its locale. */
interface Tools {
  /** `a, b or c` / `a、b 或 c`. */
  readonly choices: (list: readonly string[]) => string;
  /** A refused policy field: its path, the reason in this locale, the value. */
  readonly problem: (p: DecodeProblem) => string;
  /** A message inside this one (the reason of a `--policy` file problem). */
  readonly message: (m: Nested) => string;
}

/** A {@link CliMessage} inside another one's parameters (typed loosely: the catalogue cannot name its own type). */
interface Nested {
  readonly code: string;
  readonly params: object;
}

type Texts<P> = { readonly [L in Locale]: (p: P, t: Tools) => string };

const texts = <P = Record<string, never>>(t: Texts<P>): Texts<P> => t;

/** `path: ` before a file problem, or nothing when the problem has no file (standard output). */
const at = (path: string | undefined): string => (path === undefined ? '' : `${path}: `);

// constants

const HELP_EN = `Usage: first-inquiry <command> [options]

Commands:
  rules [--format text|md|json]            print the rule catalogue (FI-01..FI-17)
  check <events.jsonl|-> | --store DIR|URL [--policy rules-policy.json]
                                           replay a JSONL event log through the enforced rules
                                           (your categories and phrases from --policy);
                                           print FILE:LINE: CODE (FI-nn): message per problem
  audit <events.jsonl|-> | --store DIR|URL [--as-of ISO] [--policy file.json]
        [--format text|json|md|html] [--out FILE] [--holidays cn]
                                           findings and supervision views as of an instant
                                           (default: the latest event time in the log);
                                           --holidays cn: mainland China's public holidays
                                           and make-up working days (调休), yours on top
  export --store DIR|URL [--from POS] [--out FILE]
                                           write a store's events (a PGlite folder or a
                                           postgres:// URL, read-only) as a JSONL event log
  help                                     print this help

Every command takes --lang en|zh-CN|zh-TW (default: from LC_ALL, LC_MESSAGES or LANG;
zh_CN.UTF-8 gives zh-CN, zh_TW or zh_HK gives zh-TW, anything else en).
Codes and rule IDs are the same in every language.

Exit codes: 0 clean, 1 problems or findings, 2 usage or I/O error, 70 internal error (a bug).
`;

const HELP_ZH_CN = `用法：first-inquiry <命令> [选项]

命令：
  rules [--format text|md|json]            列出${term('firstInquirySystem', 'zh-CN')}规则（FI-01..FI-17）
  check <events.jsonl|-> | --store DIR|URL [--policy rules-policy.json]
                                           用强制执行的规则重放 JSONL 事件日志
                                           （--policy 给出贵单位的${term('inquiry', 'zh-CN')}类别和${term('forbiddenPhrase', 'zh-CN')}）；
                                           每个问题输出一行 FILE:LINE: CODE (FI-nn): 说明
  audit <events.jsonl|-> | --store DIR|URL [--as-of ISO] [--policy file.json]
        [--format text|json|md|html] [--out FILE] [--holidays cn]
                                           截至某一时点的${term('finding', 'zh-CN')}和${term('supervision', 'zh-CN')}视图
                                           （默认：日志中最晚的事件时间）；
                                           --holidays cn：中国大陆法定节假日和调休上班日，
                                           贵单位自己的日期优先
  export --store DIR|URL [--from POS] [--out FILE]
                                           把事件库（PGlite 文件夹或 postgres:// 地址，只读）
                                           中的事件写成 JSONL 事件日志
  help                                     显示本帮助

每个命令都接受 --lang en|zh-CN|zh-TW（默认取自 LC_ALL、LC_MESSAGES 或 LANG；
zh_CN.UTF-8 为 zh-CN，zh_TW 或 zh_HK 为 zh-TW，其他为 en）。
代码和规则编号在各语言中完全相同。

退出码：0 无问题，1 有问题或${term('finding', 'zh-CN')}，2 用法或读写错误，70 内部错误（程序缺陷）。
`;

const HELP_ZH_TW = `用法：first-inquiry <命令> [選項]

命令：
  rules [--format text|md|json]            列出${term('firstInquirySystem', 'zh-TW')}規則（FI-01..FI-17）
  check <events.jsonl|-> | --store DIR|URL [--policy rules-policy.json]
                                           以強制執行的規則重播 JSONL 事件日誌
                                           （--policy 提供貴單位的${term('inquiry', 'zh-TW')}類別和${term('forbiddenPhrase', 'zh-TW')}）；
                                           每個問題輸出一行 FILE:LINE: CODE (FI-nn): 說明
  audit <events.jsonl|-> | --store DIR|URL [--as-of ISO] [--policy file.json]
        [--format text|json|md|html] [--out FILE] [--holidays cn]
                                           截至某一時點的${term('finding', 'zh-TW')}和${term('supervision', 'zh-TW')}檢視
                                           （預設：日誌中最晚的事件時間）；
                                           --holidays cn：中國大陸法定節假日和調休上班日，
                                           貴單位自己的日期優先
  export --store DIR|URL [--from POS] [--out FILE]
                                           把事件庫（PGlite 資料夾或 postgres:// 位址，唯讀）
                                           中的事件寫成 JSONL 事件日誌
  help                                     顯示本說明

每個命令都接受 --lang en|zh-CN|zh-TW（預設取自 LC_ALL、LC_MESSAGES 或 LANG；
zh_CN.UTF-8 為 zh-CN，zh_TW 或 zh_HK 為 zh-TW，其他為 en）。
代碼和規則編號在各語言中完全相同。

結束碼：0 無問題，1 有問題或${term('finding', 'zh-TW')}，2 用法或讀寫錯誤，70 內部錯誤（程式缺陷）。
`;

const YEARS = `${PLAUSIBLE_YEARS.from}–${PLAUSIBLE_YEARS.to}`;

/**
 * Everything the `first-inquiry` command says in its own words, by code, in every locale (a test
 * fails when a locale lacks one). Values in the parameters are shown as given; the words around
 * them take the terms of the trade from the glossary.
 *
 * @example
 * import { CLI_MESSAGES } from './cli/messages'; // internal to the bin
 * Object.keys(CLI_MESSAGES).includes('UNKNOWN_COMMAND'); // true
 *
 * @category cli
 * @since 0.2.0
 */
export const CLI_MESSAGES = {
  HELP: texts({ en: () => HELP_EN, 'zh-CN': () => HELP_ZH_CN, 'zh-TW': () => HELP_ZH_TW }),
  HELP_HINT: texts({
    en: () => 'Run "first-inquiry help" for usage.',
    'zh-CN': () => '运行 "first-inquiry help" 查看用法。',
    'zh-TW': () => '執行 "first-inquiry help" 查看用法。',
  }),
  UNKNOWN_COMMAND: texts<{ command: string }>({
    en: (p) => `unknown command "${p.command}"`,
    'zh-CN': (p) => `没有 "${p.command}" 这个命令`,
    'zh-TW': (p) => `沒有 "${p.command}" 這個命令`,
  }),
  OPTION_CHOICE: texts<{ option: string; choices: readonly string[]; value: string }>({
    en: (p, t) => `${p.option} must be ${t.choices(p.choices)} (got ${p.value})`,
    'zh-CN': (p, t) => `${p.option} 只能是 ${t.choices(p.choices)}（实际为 ${p.value}）`,
    'zh-TW': (p, t) => `${p.option} 只能是 ${t.choices(p.choices)}（實際為 ${p.value}）`,
  }),
  HOLIDAYS_CHOICE: texts<{ value: string }>({
    en: (p) => `--holidays must be cn (mainland China's public holidays and make-up days) (got ${p.value})`,
    'zh-CN': (p) => `--holidays 只能是 cn（中国大陆法定节假日和调休上班日）（实际为 ${p.value}）`,
    'zh-TW': (p) => `--holidays 只能是 cn（中國大陸法定節假日和調休上班日）（實際為 ${p.value}）`,
  }),
  STORE_REQUIRED: texts({
    en: () => '--store DIR|URL is required (a PGlite folder or a postgres:// URL)',
    'zh-CN': () => '必须给出 --store DIR|URL（PGlite 文件夹或 postgres:// 地址）',
    'zh-TW': () => '必須提供 --store DIR|URL（PGlite 資料夾或 postgres:// 位址）',
  }),
  UNKNOWN_OPTION: texts<{ option: string; detail: string }>({
    en: (p) => p.detail,
    'zh-CN': (p) => `没有 '${p.option}' 这个选项（以 - 开头的文件名请放在 '--' 之后）`,
    'zh-TW': (p) => `沒有 '${p.option}' 這個選項（以 - 開頭的檔名請放在 '--' 之後）`,
  }),
  OPTION_VALUE_MISSING: texts<{ option: string; detail: string }>({
    en: (p) => p.detail,
    'zh-CN': (p) => `选项 '${p.option}' 缺少取值`,
    'zh-TW': (p) => `選項 '${p.option}' 缺少取值`,
  }),
  OPTION_TAKES_NO_VALUE: texts<{ option: string; detail: string }>({
    en: (p) => p.detail,
    'zh-CN': (p) => `选项 '${p.option}' 不接受取值`,
    'zh-TW': (p) => `選項 '${p.option}' 不接受取值`,
  }),
  OPTION_VALUE_AMBIGUOUS: texts<{ option: string; detail: string }>({
    en: (p) => p.detail,
    'zh-CN': (p) => `选项 '${p.option}' 的取值以 - 开头，无法判断是否漏填了取值；请写成 '${p.option}=-…'`,
    'zh-TW': (p) => `選項 '${p.option}' 的取值以 - 開頭，無法判斷是否漏填了取值；請寫成 '${p.option}=-…'`,
  }),
  // parseArgs' other complaints: its English words in English, the option alone in Chinese.
  BAD_COMMAND_LINE: texts<{ option?: string; detail: string }>({
    en: (p) => p.detail,
    'zh-CN': (p) => `命令行有误${p.option === undefined ? '' : `（选项 '${p.option}'）`}`,
    'zh-TW': (p) => `命令列有誤${p.option === undefined ? '' : `（選項 '${p.option}'）`}`,
  }),
  NO_FILE_WANTED: texts<{ given: readonly string[] }>({
    en: (p) => `expected no file argument, got ${p.given.join(' ')}`,
    'zh-CN': (p) => `此处不接受文件参数，却给出了 ${p.given.join(' ')}`,
    'zh-TW': (p) => `此處不接受檔案參數，卻提供了 ${p.given.join(' ')}`,
  }),
  ONE_LOG_WANTED: texts<{ given: readonly string[] }>({
    en: (p) => `expected one event log (a file, or - for standard input), got ${p.given.length === 0 ? 'none' : p.given.join(' ')}`,
    'zh-CN': (p) =>
      `需要一个事件日志（文件，或用 - 表示标准输入），${p.given.length === 0 ? '但没有给出' : `却给出了 ${p.given.join(' ')}`}`,
    'zh-TW': (p) =>
      `需要一個事件日誌（檔案，或用 - 表示標準輸入），${p.given.length === 0 ? '但沒有提供' : `卻提供了 ${p.given.join(' ')}`}`,
  }),
  EMPTY_PATH: texts<{ option?: string }>({
    en: (p) => `${p.option ?? 'the event log'} is given as an empty path ("")`,
    'zh-CN': (p) => `${p.option === undefined ? '事件日志的' : `${p.option} 的`}路径为空（""）`,
    'zh-TW': (p) => `${p.option === undefined ? '事件日誌的' : `${p.option} 的`}路徑為空（""）`,
  }),
  // `what`: the file --out would overwrite is the log read, the --policy file, or inside the store folder.
  OUT_IS_INPUT: texts<{ out: string; input: string; what: 'log' | 'policy' | 'store' }>({
    en: (p) =>
      p.what === 'store'
        ? `--out ${p.out} is inside the store folder ${p.input}: writing there would damage the database; choose another file`
        : `--out ${p.out} is ${p.what === 'log' ? 'the event log being read' : 'the --policy file'} (${p.input}): ` +
          'writing there would overwrite it; choose another file',
    'zh-CN': (p) =>
      p.what === 'store'
        ? `--out ${p.out} 位于事件库文件夹 ${p.input} 中，写入会损坏数据库；请另选一个文件`
        : `--out ${p.out} 就是${p.what === 'log' ? '正在读取的事件日志' : ' --policy 文件'}（${p.input}），写入会覆盖它；请另选一个文件`,
    'zh-TW': (p) =>
      p.what === 'store'
        ? `--out ${p.out} 位於事件庫資料夾 ${p.input} 中，寫入會損壞資料庫；請另選一個檔案`
        : `--out ${p.out} 就是${p.what === 'log' ? '正在讀取的事件日誌' : ' --policy 檔案'}（${p.input}），寫入會覆蓋它；請另選一個檔案`,
  }),
  AS_OF_NOT_INSTANT: texts<{ value: string }>({
    en: (p) => `--as-of must be an ISO-8601 date-time with a zone, e.g. 2026-05-04T18:00:00+08:00 (got ${p.value})`,
    'zh-CN': (p) => `--as-of 必须是带时区的 ISO-8601 日期时间，例如 2026-05-04T18:00:00+08:00（实际为 ${p.value}）`,
    'zh-TW': (p) => `--as-of 必須是帶時區的 ISO-8601 日期時間，例如 2026-05-04T18:00:00+08:00（實際為 ${p.value}）`,
  }),
  AS_OF_IMPLAUSIBLE: texts<{ value: string }>({
    en: (p) => `--as-of: ${p.value} is outside the years ${YEARS} (a mistyped year?)`,
    'zh-CN': (p) => `--as-of: ${p.value} 不在 ${YEARS} 年之间（年份是否输错？）`,
    'zh-TW': (p) => `--as-of: ${p.value} 不在 ${YEARS} 年之間（年份是否輸錯？）`,
  }),
  FROM_NOT_POSITION: texts<{ value: string }>({
    en: (p) => `--from must be a global position, a whole number ≥ 0 (got ${p.value})`,
    'zh-CN': (p) => `--from 必须是全局位置，即 ≥ 0 的整数（实际为 ${p.value}）`,
    'zh-TW': (p) => `--from 必須是全域位置，即 ≥ 0 的整數（實際為 ${p.value}）`,
  }),
  NO_SUCH_FILE: texts<{ path?: string }>({
    en: (p) => `${at(p.path)}no such file`,
    'zh-CN': (p) => `${at(p.path)}文件不存在`,
    'zh-TW': (p) => `${at(p.path)}檔案不存在`,
  }),
  PERMISSION_DENIED: texts<{ path?: string }>({
    en: (p) => `${at(p.path)}permission denied`,
    'zh-CN': (p) => `${at(p.path)}没有访问权限`,
    'zh-TW': (p) => `${at(p.path)}沒有存取權限`,
  }),
  IS_A_DIRECTORY: texts<{ path?: string }>({
    en: (p) => `${at(p.path)}is a directory`,
    'zh-CN': (p) => `${at(p.path)}这是一个文件夹`,
    'zh-TW': (p) => `${at(p.path)}這是一個資料夾`,
  }),
  DIRECTORY_NOT_LOG: texts<{ path: string }>({
    en: (p) => `${p.path}: is a directory, not an event log`,
    'zh-CN': (p) => `${p.path}: 这是一个文件夹，不是事件日志`,
    'zh-TW': (p) => `${p.path}: 這是一個資料夾，不是事件日誌`,
  }),
  IO_ERROR: texts<{ path?: string; detail: string }>({
    en: (p) => `${at(p.path)}${p.detail}`,
    'zh-CN': (p) => `${at(p.path)}读写失败：${p.detail}`,
    'zh-TW': (p) => `${at(p.path)}讀寫失敗：${p.detail}`,
  }),
  // `problem`: why, without the file (NO_SUCH_FILE, IO_ERROR, …); no `path`: standard output.
  CANNOT_WRITE: texts<{ path?: string; problem: Nested }>({
    en: (p, t) => `cannot write ${p.path ?? 'standard output'}: ${t.message(p.problem)}`,
    'zh-CN': (p, t) => `无法写入${p.path === undefined ? '标准输出' : ` ${p.path}`}：${t.message(p.problem)}`,
    'zh-TW': (p, t) => `無法寫入${p.path === undefined ? '標準輸出' : ` ${p.path}`}：${t.message(p.problem)}`,
  }),
  EMPTY_LOG: texts<{ path: string }>({
    en: (p) => `warning: ${p.path}: holds no events (an empty log, or only blank lines)`,
    'zh-CN': (p) => `警告：${p.path}: 其中没有任何事件（日志为空或只有空行）`,
    'zh-TW': (p) => `警告：${p.path}: 其中沒有任何事件（日誌為空或只有空行）`,
  }),
  HOLIDAYS_NOT_COVERED: texts<{ from: number; to: number; reached: string }>({
    en: (p) =>
      `warning: --holidays cn: the bundled holiday data covers ${p.from}–${p.to}, but this audit reaches ${p.reached}; ` +
      `public holidays outside ${p.from}–${p.to} count as ${term('workingDay', 'en')}s`,
    'zh-CN': (p) =>
      `警告：--holidays cn：内置的节假日数据只涵盖 ${p.from}–${p.to} 年，本次${term('audit', 'zh-CN')}却涉及 ${p.reached} 年；` +
      `这些年份以外的法定节假日均按${term('workingDay', 'zh-CN')}计算`,
    'zh-TW': (p) =>
      `警告：--holidays cn：內建的節假日資料只涵蓋 ${p.from}–${p.to} 年，本次${term('audit', 'zh-TW')}卻涉及 ${p.reached} 年；` +
      `這些年份以外的法定節假日均按${term('workingDay', 'zh-TW')}計算`,
  }),
  FILE_TOO_LARGE: texts<{ path: string; limit: number }>({
    en: (p) => `${p.path}: larger than ${p.limit} bytes; a policy is a small JSON file`,
    'zh-CN': (p) => `${p.path}: 超过 ${p.limit} 字节；政策文件应是一个小的 JSON 文件`,
    'zh-TW': (p) => `${p.path}: 超過 ${p.limit} 位元組；政策檔案應是一個小的 JSON 檔案`,
  }),
  NOT_UTF8: texts<{ path: string }>({
    en: (p) => `${p.path}: not valid UTF-8 text; save it as UTF-8`,
    'zh-CN': (p) => `${p.path}: 不是有效的 UTF-8 文本，请以 UTF-8 保存`,
    'zh-TW': (p) => `${p.path}: 不是有效的 UTF-8 文字，請以 UTF-8 儲存`,
  }),
  NOT_JSON: texts<{ path: string; detail: string; line?: number; column?: number }>({
    en: (p) => `${p.path}: not valid JSON${p.line === undefined ? '' : ` (line ${p.line}, column ${p.column ?? 1})`}: ${p.detail}`,
    'zh-CN': (p) => `${p.path}: 不是有效的 JSON（${p.line === undefined ? '内容不完整' : `第 ${p.line} 行第 ${p.column ?? 1} 列`}）`,
    'zh-TW': (p) => `${p.path}: 不是有效的 JSON（${p.line === undefined ? '內容不完整' : `第 ${p.line} 行第 ${p.column ?? 1} 欄`}）`,
  }),
  POLICY_FILE: texts<{ problem: Nested }>({
    en: (p, t) => `--policy ${t.message(p.problem)}`,
    'zh-CN': (p, t) => `--policy ${t.message(p.problem)}`,
    'zh-TW': (p, t) => `--policy ${t.message(p.problem)}`,
  }),
  POLICY_INVALID: texts<{ path: string; problems: readonly DecodeProblem[] }>({
    en: (p, t) => `--policy ${p.path}: ${p.problems.map(t.problem).join('; ')}`,
    'zh-CN': (p, t) => `--policy ${p.path}: ${p.problems.map(t.problem).join('；')}`,
    'zh-TW': (p, t) => `--policy ${p.path}: ${p.problems.map(t.problem).join('；')}`,
  }),
  STORE_NO_SUCH_FOLDER: texts<{ target: string }>({
    en: (p) => `${p.target}: no such folder (give a PGlite data folder or a postgres:// URL)`,
    'zh-CN': (p) => `${p.target}: 文件夹不存在（请给出 PGlite 数据文件夹或 postgres:// 地址）`,
    'zh-TW': (p) => `${p.target}: 資料夾不存在（請提供 PGlite 資料夾或 postgres:// 位址）`,
  }),
  STORE_NOT_A_FOLDER: texts<{ target: string }>({
    en: (p) => `${p.target}: not a folder (give a PGlite data folder or a postgres:// URL; an exported log is read without --store)`,
    'zh-CN': (p) => `${p.target}: 不是文件夹（请给出 PGlite 数据文件夹或 postgres:// 地址；导出的日志直接读取，不加 --store）`,
    'zh-TW': (p) => `${p.target}: 不是資料夾（請提供 PGlite 資料夾或 postgres:// 位址；匯出的日誌直接讀取，不加 --store）`,
  }),
  STORE_NOT_PGLITE: texts<{ target: string }>({
    en: (p) => `${p.target}: not a PGlite database (no PG_VERSION file); nothing was created`,
    'zh-CN': (p) => `${p.target}: 不是 PGlite 数据库（没有 PG_VERSION 文件）；未创建任何内容`,
    'zh-TW': (p) => `${p.target}: 不是 PGlite 資料庫（沒有 PG_VERSION 檔案）；未建立任何內容`,
  }),
  STORE_NEEDS_PACKAGE: texts<{ target: string; kind: 'PGlite' | 'PostgreSQL'; pkg: string }>({
    en: (p) =>
      `${p.target}: reading a ${p.kind === 'PGlite' ? 'PGlite folder' : 'PostgreSQL database'} needs the ${p.pkg} package (npm install ${p.pkg})`,
    'zh-CN': (p) => `${p.target}: 读取 ${p.kind} ${p.kind === 'PGlite' ? '文件夹' : '数据库'}需要 ${p.pkg} 包（npm install ${p.pkg}）`,
    'zh-TW': (p) => `${p.target}: 讀取 ${p.kind} ${p.kind === 'PGlite' ? '資料夾' : '資料庫'}需要 ${p.pkg} 套件（npm install ${p.pkg}）`,
  }),
  STORE_LOCKED: texts<{ target: string; file: string; pid: number; host: string; since: string }>({
    en: (p) =>
      `${p.target}: the data directory is already open in process ${p.pid} on ${p.host} (since ${p.since}); close that store first, ` +
      `or, if that process is gone, delete ${p.file}`,
    'zh-CN': (p) =>
      `${p.target}: 该数据文件夹已被主机 ${p.host} 上的进程 ${p.pid} 打开（自 ${p.since} 起）；请先关闭那个事件库，若该进程已不存在，请删除 ${p.file}`,
    'zh-TW': (p) =>
      `${p.target}: 該資料夾已被主機 ${p.host} 上的處理程序 ${p.pid} 開啟（自 ${p.since} 起）；請先關閉那個事件庫，若該處理程序已不存在，請刪除 ${p.file}`,
  }),
  STORE_LOCK_UNREADABLE: texts<{ target: string; file: string }>({
    en: (p) =>
      `${p.target}: the data directory is locked by ${p.file}, which cannot be read; if no process uses the directory, delete that file`,
    'zh-CN': (p) => `${p.target}: 该数据文件夹被 ${p.file} 锁定且该文件无法读取；若确无进程在用，请删除该文件`,
    'zh-TW': (p) => `${p.target}: 該資料夾被 ${p.file} 鎖定且該檔案無法讀取；若確無處理程序在用，請刪除該檔案`,
  }),
  STORE_CANNOT_OPEN: texts<{ target: string; detail: string }>({
    en: (p) => `${p.target}: cannot open the PGlite database: ${p.detail}`,
    'zh-CN': (p) => `${p.target}: 无法打开 PGlite 数据库：${p.detail}`,
    'zh-TW': (p) => `${p.target}: 無法開啟 PGlite 資料庫：${p.detail}`,
  }),
  STORE_BAD_URL: texts<{ target: string; detail: string }>({
    en: (p) => `${p.target}: not a usable PostgreSQL URL: ${p.detail}`,
    'zh-CN': (p) => `${p.target}: 不是可用的 PostgreSQL 地址：${p.detail}`,
    'zh-TW': (p) => `${p.target}: 不是可用的 PostgreSQL 位址：${p.detail}`,
  }),
  STORE_CANNOT_CONNECT: texts<{ target: string; detail: string }>({
    en: (p) => `${p.target}: cannot connect: ${p.detail}`,
    'zh-CN': (p) => `${p.target}: 无法连接：${p.detail}`,
    'zh-TW': (p) => `${p.target}: 無法連線：${p.detail}`,
  }),
  STORE_NO_EVENT_TABLE: texts<{ target: string }>({
    en: (p) => `${p.target}: no first-inquiry event store here (table first_inquiry_events is missing); nothing was created`,
    'zh-CN': (p) => `${p.target}: 这里没有 first-inquiry 事件库（缺少 first_inquiry_events 表）；未创建任何内容`,
    'zh-TW': (p) => `${p.target}: 這裡沒有 first-inquiry 事件庫（缺少 first_inquiry_events 資料表）；未建立任何內容`,
  }),
  STORE_QUERY_FAILED: texts<{ target: string; detail: string }>({
    en: (p) => `${p.target}: ${p.detail}`,
    'zh-CN': (p) => `${p.target}: 读取事件库失败：${p.detail}`,
    'zh-TW': (p) => `${p.target}: 讀取事件庫失敗：${p.detail}`,
  }),
  STORE_READ_FAILED: texts<{ after: number; detail: string }>({
    en: (p) => `reading the event log after position ${p.after} failed: ${p.detail}`,
    'zh-CN': (p) => `读取位置 ${p.after} 之后的事件失败：${p.detail}`,
    'zh-TW': (p) => `讀取位置 ${p.after} 之後的事件失敗：${p.detail}`,
  }),
  EXPORTED: texts<{ count: number; last: number; out?: string }>({
    en: (p) =>
      `${p.count} events${p.count === 0 ? '' : ` up to position ${p.last}`} written to ${p.out === undefined ? 'standard output' : p.out}`,
    'zh-CN': (p) =>
      `已将 ${p.count} 条事件${p.count === 0 ? '' : `（至位置 ${p.last}）`}写入${p.out === undefined ? '标准输出' : ` ${p.out}`}`,
    'zh-TW': (p) =>
      `已將 ${p.count} 條事件${p.count === 0 ? '' : `（至位置 ${p.last}）`}寫入${p.out === undefined ? '標準輸出' : ` ${p.out}`}`,
  }),
  INTERNAL_ERROR: texts<{ reason: string }>({
    en: (p) => `internal error, please report it with the command line: ${p.reason}`,
    'zh-CN': (p) => `内部错误（程序缺陷），请连同命令行一起报告：${p.reason}`,
    'zh-TW': (p) => `內部錯誤（程式缺陷），請連同命令列一起回報：${p.reason}`,
  }),
} as const;

/**
 * The code of one of the CLI's own messages.
 *
 * @example
 * import type { CliMessageCode } from './cli/messages'; // internal to the bin
 * const code: CliMessageCode = 'UNKNOWN_COMMAND';
 *
 * @category cli
 * @since 0.2.0
 */
export type CliMessageCode = keyof typeof CLI_MESSAGES;

/**
 * The parameters of a message: what the user gave, the file, the store.
 *
 * @category cli
 * @since 0.2.0
 */
export type CliParams<C extends CliMessageCode> = Parameters<(typeof CLI_MESSAGES)[C]['en']>[0];

/**
 * One thing the CLI says, as data: a code and its parameters, worded in a locale by
 * {@link renderCliMessage} only when it is printed.
 *
 * @example
 * import { cliMessage, type CliMessage } from './cli/messages'; // internal to the bin
 * const m: CliMessage = cliMessage('NO_SUCH_FILE', { path: 'events.jsonl' });
 *
 * @category cli
 * @since 0.2.0
 */
export type CliMessage = { readonly [C in CliMessageCode]: { readonly code: C; readonly params: CliParams<C> } }[CliMessageCode];

// utils

/**
 * A refused policy field in a locale: the field path and the value as they are, the reason in
 * the reader's language (English: exactly the library's `describeProblem`).
 *
 * @example
 * import { renderDecodeProblem } from './cli/messages'; // internal to the bin
 * renderDecodeProblem({ path: 'atRiskFraction', reason: 'FRACTION', got: '2' }, 'zh-CN');
 * // 'atRiskFraction: 必须是 0 和 1 之间的小数，例如 0.8（实际为 2）'
 *
 * @category cli
 * @since 0.2.0
 */
export function renderDecodeProblem(problem: DecodeProblem, locale: Locale): string {
  return formatDecodeProblem(sanitize(problem), locale);
}

/**
 * Builds a {@link CliMessage}, checking its parameters against its code.
 *
 * @example
 * import { cliMessage } from './cli/messages'; // internal to the bin
 * cliMessage('UNKNOWN_COMMAND', { command: 'chek' });
 *
 * @category cli
 * @since 0.2.0
 */
export function cliMessage<C extends CliMessageCode>(code: C, params: CliParams<C>): CliMessage {
  return { code, params } as CliMessage;
}

/**
 * A {@link CliMessage} in a locale. Every value in it is made {@link visible} first, so a control
 * or bidi character in a file name or option never reaches the terminal raw.
 *
 * @example
 * import { cliMessage, renderCliMessage } from './cli/messages'; // internal to the bin
 * renderCliMessage(cliMessage('NO_SUCH_FILE', { path: '/nonexist' }), 'zh-CN'); // '/nonexist: 文件不存在'
 *
 * @category cli
 * @since 0.2.0
 */
export function renderCliMessage(message: CliMessage, locale: Locale): string {
  const tools: Tools = {
    choices: (list) =>
      list.length <= 1
        ? (list[0] ?? '')
        : locale === 'en'
          ? `${list.slice(0, -1).join(', ')} or ${list[list.length - 1] ?? ''}`
          : `${list.slice(0, -1).join('、')} 或 ${list[list.length - 1] ?? ''}`,
    problem: (p) => renderDecodeProblem(p, locale),
    message: (m) => renderCliMessage(m as CliMessage, locale),
  };
  const render = CLI_MESSAGES[message.code][locale] as (p: unknown, t: Tools) => string;
  return render(sanitize(message.params), tools);
}

/**
 * An error line of a command: `first-inquiry COMMAND: message`, the program and command names
 * unchanged in every language.
 *
 * @example
 * import { cliMessage, errorLine } from './cli/messages'; // internal to the bin
 * errorLine('audit', cliMessage('NO_SUCH_FILE', { path: 'x' }), 'en'); // 'first-inquiry audit: x: no such file'
 *
 * @category cli
 * @since 0.2.0
 */
export function errorLine(command: string | null, message: CliMessage, locale: Locale): string {
  return `first-inquiry${command === null ? '' : ` ${command}`}: ${renderCliMessage(message, locale)}`;
}

// Every string inside the parameters (nested messages and problems included) made visible; codes
// and reasons have no control characters, so they pass unchanged.
function sanitize<T>(value: T): T {
  if (typeof value === 'string') return visible(value) as T;
  if (Array.isArray(value)) return value.map(sanitize) as T;
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sanitize(v)])) as T;
  return value;
}
