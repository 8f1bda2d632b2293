// `npm run bench`: runs every benchmark script in its own process and prints their figures.
// Usage: npm run bench [-- name ...]   (names: policy hmm sim negotiations detector llmOverhead)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ALL = ['policy', 'hmm', 'sim', 'negotiations', 'detector', 'llmOverhead'];
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ALL;
let failed = 0;
for (const name of chosen) {
  const file = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  if (!existsSync(file)) {
    process.stderr.write(`bench: no benchmark named ${JSON.stringify(name)} (known: ${ALL.join(', ')})\n`);
    failed++;
    continue;
  }
  process.stdout.write(`\n=== bench/${name}.ts ===\n`);
  const res = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (res.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
