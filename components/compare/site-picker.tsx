import { useId, useState } from 'react';
import { MAX_SELECTED, MIN_SELECTED, matchesQuery } from '../../lib/compare/selection';
import { isUnseenChange } from '../../lib/compare/changes';
import type { SiteRecord } from '../../lib/schema';
import { formatDate } from '../../lib/compare/labels';

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
      <legend>
        Companies to compare ({selected.length} of {MAX_SELECTED} chosen)
      </legend>
      <label htmlFor={searchId}>Search by name or domain</label>
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
          ? `Choose at least ${MIN_SELECTED} companies.`
          : full
            ? `${MAX_SELECTED} is the most that fit side by side; untick one to choose another.`
            : `Choose up to ${MAX_SELECTED - selected.length} more.`}
        {query && ` ${shown.length} of ${records.length} saved companies match.`}
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
                  {' '}
                  · grade {r.versions[0]?.summary.grade} · read{' '}
                  {formatDate(r.versions[0]?.analyzedAt ?? 0)}
                  {isUnseenChange(r) && ' · changed'}
                </span>
              </label>
            </li>
          );
        })}
        {shown.length === 0 && <li className="muted">No saved company matches “{query}”.</li>}
      </ul>
    </fieldset>
  );
}
