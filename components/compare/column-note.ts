import { t } from '../../lib/i18n';
import type { SiteRecord } from '../../lib/schema';

/** Why a column's figures deserve less trust, shown in its header rather than hidden. */
export function columnNote(record: SiteRecord): string | null {
  const s = record.versions[0]?.summary;
  if (!s) return null;
  if (s.language !== 'en') return t('compare_noteNotEnglish');
  if (!s.isPolicy) return t('compare_noteNotPolicy');
  // A summary upgraded from an older schema: the fields it never recorded read as "none found" in the rows,
  // so the column says which ones are not known.
  const migration = record.versions[0]?.migration;
  if (migration)
    return migration.filled.length
      ? t('compare_noteMigratedFilled', undefined, [migration.filled.join(', ')])
      : t('compare_noteMigrated');
  return null;
}
