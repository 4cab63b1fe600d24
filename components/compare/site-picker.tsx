import { useId, useState } from 'react';
import { MAX_SELECTED, MIN_SELECTED, matchesQuery } from '../../lib/compare/selection';
import { isUnseenChange } from '../../lib/compare/changes';
import type { SiteRecord } from '../../lib/schema';
import { formatDate } from '../../lib/compare/labels';
import { t } from '../../lib/i18n';

/** Choose 2 to 4 saved companies; the search filters by domain or the company name the policy gives. */
export function SitePicker({
  records,
  selected,
  onChange,
}: {
  records: readonly SiteRecord[];
  selected: readonly string[];
  onChange: (sites: string[]) => void;
}) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const hintId = useId();
  const shown = records.filter((r) =>
    matchesQuery(query, r.site, r.versions[0]?.summary.company ?? null),
  );
  const full = selected.length >= MAX_SELECTED;
  const toggle = (site: string, on: boolean) =>
    onChange(on ? [...selected, site] : selected.filter((s) => s !== site));
  return (
    <fieldset className="picker">
      <legend>{t('compare_pickerLegend', undefined, [selected.length, MAX_SELECTED])}</legend>
      <label htmlFor={searchId}>{t('compare_search')}</label>
      <input
        id={searchId}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-describedby={hintId}
        autoComplete="off"
      />
      <p id={hintId} className="muted" aria-live="polite">
        {selected.length < MIN_SELECTED
          ? t('compare_chooseAtLeast', undefined, [MIN_SELECTED])
          : full
            ? t('compare_chooseFull', undefined, [MAX_SELECTED])
            : t('compare_chooseMore', undefined, [MAX_SELECTED - selected.length])}
        {query && ` ${t('compare_matches', undefined, [shown.length, records.length])}`}
      </p>
      <ul className="picker-list">
        {shown.map((r) => {
          const checked = selected.includes(r.site);
          const company = r.versions[0]?.summary.company;
          return (
            <li key={r.site}>
              <label>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  onChange={(e) => toggle(r.site, e.target.checked)}
                />{' '}
                <span className="picker-name">{company ?? r.site}</span>
                {company && <span className="picker-site"> {r.site}</span>}
                <span className="picker-meta">
                  {' · '}
                  {t('compare_pickerMeta', undefined, [
                    r.versions[0]?.summary.grade ?? '',
                    formatDate(r.versions[0]?.analyzedAt ?? 0),
                  ])}
                  {isUnseenChange(r) && ` · ${t('compare_pickerChanged')}`}
                </span>
              </label>
            </li>
          );
        })}
        {shown.length === 0 && (
          <li className="muted">{t('compare_noMatch', undefined, [query])}</li>
        )}
      </ul>
    </fieldset>
  );
}
