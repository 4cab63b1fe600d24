import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  lines: string[];
}

/** Runs the CLI as a user would (tsx cli/index.ts …), from the project root, with no terminal attached. */
export function runCli(args: string[], input = '', env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(TSX, ['cli/index.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  const stdout = result.stdout ?? '';
  return {
    status: result.status,
    stdout,
    stderr: result.stderr ?? '',
    lines: stdout.split('\n').filter((l) => l.length > 0),
  };
}

export function jsonLines(input: readonly unknown[]): string {
  return (
    input.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n'
  );
}
