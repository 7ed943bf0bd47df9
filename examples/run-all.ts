// `npm run examples`: tells every scenario step by step. Refusals are part of the stories, so the
// exit code is 0 whenever the scenarios ran; only a bug (a thrown error) ends it otherwise.
// `npm run examples -- --lang zh-CN` (or a Chinese LANG) tells them in Chinese.
import { runAll } from './runner';
import { scenarios } from './scenarios';
import { exampleLocaleOrExit } from './texts';

for (const line of runAll(scenarios, exampleLocaleOrExit(process.argv.slice(2), process.env)).lines) console.log(line);
