import { describe, expect, it } from 'vitest';
import { run } from './support';

// A PostgreSQL URL the driver cannot even parse is the user's mistake, said as one: exit 2 and the
// URL without its password, never "internal error". No server is needed: the URL fails first.

describe('--store with a malformed PostgreSQL URL', () => {
  it.each([
    ['an unclosed IPv6 host', 'postgres://u:secret@[::1', 'postgres://u:***@[::1', /Invalid URL/],
    ['a port out of range', 'postgres://u:secret@localhost:99999/db', 'postgres://u:***@localhost:99999/db', /Invalid URL/],
    [
      'a missing sslrootcert file',
      'postgres://localhost/db?password=secret&sslrootcert=/nonexistent/ca.pem',
      'postgres://localhost/db?password=***&sslrootcert=/nonexistent/ca.pem',
      /ENOENT.*\/nonexistent\/ca\.pem/,
    ],
  ])('given %s, when check, audit or export reads it, then exit 2 naming the URL without its password', async (_, url, shown, why) => {
    for (const argv of [
      ['check', '--store', url],
      ['audit', '--store', url],
      ['export', '--store', url],
    ]) {
      const { code, stdout, stderr } = await run(argv);
      expect([code, stdout]).toEqual([2, '']);
      expect(stderr.startsWith(`first-inquiry ${argv[0]}: ${shown}: not a usable PostgreSQL URL: `), stderr).toBe(true);
      expect(stderr).toMatch(why);
      expect(stderr).not.toContain('secret');
      expect(stderr.split('\n')).toHaveLength(2);
    }
  });

  it.each([
    ['zh-CN', 'postgres://u:***@[::1: 不是可用的 PostgreSQL 地址：Invalid URL'],
    ['zh-TW', 'postgres://u:***@[::1: 不是可用的 PostgreSQL 位址：Invalid URL'],
  ])('says so in %s', async (lang, said) => {
    expect((await run(['export', '--store', 'postgres://u:secret@[::1', '--lang', lang])).stderr).toBe(`first-inquiry export: ${said}\n`);
  });
});
