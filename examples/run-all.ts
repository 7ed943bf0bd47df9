// `npm run examples`: tells every scenario step by step. Refusals are part of the stories, so the
// exit code is 0 whenever the scenarios ran; only a bug (a thrown error) ends it otherwise.
import { runAll } from './runner';

for (const line of runAll().lines) console.log(line);
