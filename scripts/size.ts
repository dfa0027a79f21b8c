/**
 * npm run size: fails when the playground's first-load JavaScript (gzip level 9 of exactly what
 * dist/index.html loads) is over budget. Deterministic, so `npm test` runs it; needs a build first.
 */
import { FIRST_LOAD_BUDGET_KIB, measureFirstLoad } from './first-load';

const dist = process.argv[2] ?? 'dist';
const { files, inline, raw, gzip } = measureFirstLoad(dist);
const kib = (n: number): string => (n / 1024).toFixed(1);
for (const f of files) console.log(`  ${f}`);
console.log(
  `first-load JavaScript: ${files.length} file(s) and ${inline.length} inline script(s), ${kib(raw)} KiB raw, ${kib(gzip)} KiB gzip (budget ${FIRST_LOAD_BUDGET_KIB} KiB)`,
);
if (files.length === 0) {
  console.error('index.html loads no script: is this a build of the playground?');
  process.exit(1);
}
if (gzip > FIRST_LOAD_BUDGET_KIB * 1024) {
  console.error(`over budget by ${kib(gzip - FIRST_LOAD_BUDGET_KIB * 1024)} KiB`);
  process.exit(1);
}
