import type { Grade } from '../lib/schema';
import { messages } from './strings';

export function GradeBadge({ grade }: { grade: Grade }) {
  return (
    <div
      className={`grade grade-${grade.toLowerCase()}`}
      role="img"
      aria-label={messages.gradeLabel(grade)}
    >
      <span aria-hidden="true">{grade}</span>
    </div>
  );
}
