import { t } from '../../lib/i18n';

/** The marks used in the table, spelled out: shape and word carry the meaning, colour only repeats it. */
export function Legend() {
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend-title">
        {t('compare_legendTitle')}
      </h2>
      <ul>
        <li>
          <span className="mark mark-better" aria-hidden="true">
            ▲
          </span>{' '}
          {t('compare_legendBetter')}
        </li>
        <li>
          <span className="mark mark-worse" aria-hidden="true">
            ▼
          </span>{' '}
          {t('compare_legendWorse')}
        </li>
        <li>
          <span className="item-sensitive" aria-hidden="true">
            ⚠
          </span>{' '}
          {t('compare_legendSensitive')}
        </li>
        <li>
          <span aria-hidden="true">✓</span> {t('compare_legendOffered')} ·{' '}
          <span aria-hidden="true">✗</span> {t('compare_legendNotMentioned')}
        </li>
        <li>{t('compare_legendSelect')}</li>
      </ul>
    </section>
  );
}
