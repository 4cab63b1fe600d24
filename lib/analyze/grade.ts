import type { Flag, Grade } from '../schema';
// STAGE STUB (owner: flags helper).
export function computeGrade(_flags: readonly Flag[]): Grade {
  return 'C';
}
