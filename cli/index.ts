import path from 'node:path';
import { parseArgs } from 'node:util';
import { classifyPassage } from '../lib/analyze/classify/index';
import { detectPolicyHtml } from '../lib/detect/policy-html';
import {
  analyzeJsonlLineSchema,
  classifyJsonlLineSchema,
  detectJsonlLineSchema,
} from '../lib/schema';
import { analyzeSource } from './analyze';
import { problemWithText, readPolicyFile } from './input';
import { messageOf, runJsonLines, type BatchCounts } from './jsonl';
import { renderSummary, styleFor } from './render';
import { USAGE } from './usage';

const SAMPLE = path.join(import.meta.dirname, 'sample-policy.md');
class UsageError extends Error {}

function fail(message: string): void {
  process.stderr.write(`policylens: ${message}\n`);
}

async function analyzeFiles(files: string[], json: boolean): Promise<BatchCounts> {
  const counts: BatchCounts = { processed: 0, failed: 0 };
  const style = styleFor(process.stdout, process.env);
  const targets = files.length > 0 ? files : [SAMPLE];
  for (const [i, file] of targets.entries()) {
    try {
      const source = await readPolicyFile(file);
      const summary = analyzeSource(source);
      const label = files.length > 0 ? file : 'bundled sample policy (cli/sample-policy.md)';
      process.stdout.write(
        json
          ? `${JSON.stringify(summary)}\n`
          : `${i > 0 ? '\n' : ''}${renderSummary(label, summary, style)}\n`,
      );
      counts.processed++;
    } catch (error) {
      fail(messageOf(error));
      counts.failed++;
    }
  }
  return counts;
}

function analyzeJsonl(): Promise<BatchCounts> {
  return runJsonLines(process.stdin, process.stdout, analyzeJsonlLineSchema, (line) => ({
    summary: analyzeSource({
      html: line.html,
      text: line.html === undefined ? line.text : undefined,
      url: line.url,
      title: line.title,
    }),
  }));
}

function classifyJsonl(): Promise<BatchCounts> {
  return runJsonLines(process.stdin, process.stdout, classifyJsonlLineSchema, (line) => {
    const problem = problemWithText(line.text);
    if (problem) throw new Error(problem);
    return { categories: classifyPassage(line.text) };
  });
}

function detectJsonl(): Promise<BatchCounts> {
  return runJsonLines(process.stdin, process.stdout, detectJsonlLineSchema, (line) => {
    const problem = problemWithText(line.html);
    if (problem) throw new Error(problem);
    const { isPolicy, score } = detectPolicyHtml(line.html, line.url);
    return { isPolicy, score };
  });
}

async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(messageOf(error));
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help || command === 'help' || command === undefined) {
    (command === undefined && !values.help ? process.stderr : process.stdout).write(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }

  let counts: BatchCounts;
  if (command === 'analyze') {
    if (values.jsonl && files.length > 0)
      throw new UsageError('analyze --jsonl reads stdin; it takes no FILE');
    counts = values.jsonl ? await analyzeJsonl() : await analyzeFiles(files, values.json ?? false);
  } else if (command === 'classify' || command === 'detect') {
    if (files.length > 0) throw new UsageError(`${command} --jsonl reads stdin; it takes no FILE`);
    counts = command === 'classify' ? await classifyJsonl() : await detectJsonl();
  } else {
    throw new UsageError(`unknown command "${command}"`);
  }

  if (counts.processed === 0) {
    fail(counts.failed === 0 ? 'no input lines on stdin' : 'nothing could be processed');
    return 1;
  }
  return 0;
}

run(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    fail(messageOf(error));
    if (error instanceof UsageError) process.stderr.write(`\n${USAGE}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
