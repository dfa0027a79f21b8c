/**
 * npm run vectors -- FILE...   Runs vector files through the core; with no files, the ones in test-data/vectors.
 * Prints one line per failing vector, then "N passed, N failed"; exits 1 on any failure.
 */
import { fileURLToPath } from 'node:url';
import { runVectorFile } from './vectors-lib';

const bundled = (name: string): string =>
  fileURLToPath(new URL(`../test-data/vectors/${name}`, import.meta.url));

const files = process.argv.slice(2).filter((a) => a !== '--');
const targets = files.length ? files : [bundled('valid.json'), bundled('tricky.json')];

let passed = 0;
let failed = 0;
for (const file of targets) {
  for (const o of await runVectorFile(file)) {
    if (o.ok) passed++;
    else {
      failed++;
      console.log(`FAIL ${o.id}: expected ${o.expected}, got ${o.actual}`);
    }
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
