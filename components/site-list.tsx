import { useState } from 'react';
import type { SiteRecord } from '../lib/schema';
import { messages } from './strings';

export function SiteList({
  sites,
  onDelete,
  onDeleteAll,
}: {
  sites: readonly SiteRecord[];
  onDelete: (site: string) => void;
  onDeleteAll: () => void;
}) {
  // Deleting everything asks once more in place: popups cannot rely on window.confirm.
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="sites" aria-labelledby="sites-heading">
      <div className="sites-header">
        <h2 id="sites-heading">{messages.recentSites}</h2>
        {sites.length > 0 && (
          <button
            type="button"
            className="danger"
            onClick={() => {
              if (!confirming) return setConfirming(true);
              setConfirming(false);
              onDeleteAll();
            }}
            onBlur={() => setConfirming(false)}
          >
            {confirming ? messages.confirmDeleteAll : messages.deleteAll}
          </button>
        )}
      </div>
      {sites.length === 0 ? (
        <p className="muted">{messages.noSites}</p>
      ) : (
        <ul className="site-list">
          {sites.map((record) => {
            const newest = record.versions[0]!;
            return (
              <li key={record.site} data-site={record.site}>
                <span
                  className={`mini-grade grade-${newest.summary.grade.toLowerCase()}`}
                  aria-hidden="true"
                >
                  {newest.summary.grade}
                </span>
                <span className="site-name">
                  {record.site}
                  <span className="visually-hidden"> grade {newest.summary.grade}</span>
                </span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={messages.deleteSite(record.site)}
                  title={messages.deleteSite(record.site)}
                  onClick={() => onDelete(record.site)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
