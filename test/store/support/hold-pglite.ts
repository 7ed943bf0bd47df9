// A second process for the lock tests: opens a PGlite store on the directory it is given, prints
// `open` (or `refused <json>` with the error), and holds the store until it is killed or stdin ends.
import * as E from 'fp-ts/Either';
import { openPgliteEventStore } from '../../../src/store/pglite';

async function main(dataDir: string): Promise<void> {
  const opened = await openPgliteEventStore({ dataDir });
  if (E.isLeft(opened)) {
    const cause = opened.left.code === 'STORE_FAILURE' ? (opened.left.cause as { name?: string; holder?: unknown }) : undefined;
    process.stdout.write(
      `refused ${JSON.stringify({ code: opened.left.code, message: opened.left.message, name: cause?.name, holder: cause?.holder })}\n`,
    );
    process.exit(0);
  }
  process.stdout.write('open\n');
  process.stdin.resume();
  process.stdin.on('end', () => void opened.right.close().then(() => process.exit(0)));
}

void main(process.argv[2] ?? '');
