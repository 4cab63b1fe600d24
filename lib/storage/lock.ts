// Saves are read-modify-write; chaining them keeps two analyses of the same site from losing a version.
let tail: Promise<unknown> = Promise.resolve();

export function withStoreLock<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task, task);
  tail = run.catch(() => undefined);
  return run;
}
