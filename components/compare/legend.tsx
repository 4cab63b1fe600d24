/** The marks used in the table, spelled out: shape and word carry the meaning, colour only repeats it. */
export function Legend() {
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend-title">
        Legend
      </h2>
      <ul>
        <li>
          <span className="mark mark-better" aria-hidden="true">
            ▲
          </span>{' '}
          Better than the others in this row
        </li>
        <li>
          <span className="mark mark-worse" aria-hidden="true">
            ▼
          </span>{' '}
          Worse than the others in this row
        </li>
        <li>
          <span className="item-sensitive" aria-hidden="true">
            ⚠
          </span>{' '}
          Sensitive data (government ID, biometric, health, precise location)
        </li>
        <li>
          <span aria-hidden="true">✓</span> right offered · <span aria-hidden="true">✗</span> not
          mentioned
        </li>
        <li>Select any cell to read the sentences from the policy behind it.</li>
      </ul>
    </section>
  );
}
