import { CORPUS_DIR, isCorpusPresent } from './eval/corpus';
import { formatOpp, formatRetention, formatSeeds } from './eval/report';
import { evaluateOpp115, evaluateRetention, evaluateSeeds } from './eval/run';

// npm run eval [-- --json] [-- --failures] [-- --only seeds|opp|retention]
const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyFailures = args.includes('--failures');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
const wants = (part: string) => only === undefined || only === part;

if (!isCorpusPresent()) {
  console.log(
    `eval: skipped, no corpus at ${CORPUS_DIR} (expected ../shared/corpus beside the project).`,
  );
  process.exit(0);
}

const seeds = wants('seeds') ? evaluateSeeds() : null;
const opp = wants('opp') ? evaluateOpp115() : null;
const retention = wants('retention') ? evaluateRetention() : null;

if (json) {
  console.log(JSON.stringify({ seeds, opp115: opp, retention }, null, 2));
} else {
  if (seeds) console.log(formatSeeds(seeds, onlyFailures));
  if (opp) console.log(formatOpp(opp));
  if (retention) console.log(formatRetention(retention));
}
