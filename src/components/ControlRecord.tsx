import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {readPayload} from './payload';
import {CONTROL_KIND_LABELS, formatPartialDate, REGIME_LABELS} from './labels';

interface ControlData {
  slug: string;
  kind: string;
  /** The summary, split where it names other entries (linked at build time). */
  summary: {text: string; url?: string; title?: string}[];
  entries: {regime: string; number: string; instrument: string; added?: string; addedNote?: string; amended: {date: string; change: string}[]}[];
  notations: string[];
  definitions: {slug: string; term: string; url?: string}[];
}

/** The structured top of a control entry's page: equivalents, notations, definitions, "Cited by". */
export default function ControlRecord(props: {payload?: string}): ReactNode {
  const data = readPayload<ControlData>(props);
  return (
    <div className="kb-record" data-control-record={data.slug}>
      <p className="kb-record__summary">
        <span className="kb-badge">{CONTROL_KIND_LABELS[data.kind] ?? data.kind}</span>{' '}
        {data.summary.map((part, i) =>
          part.url ? (
            <Link key={i} className="kb-control-link" to={part.url} title={part.title}>
              {part.text}
            </Link>
          ) : (
            <React.Fragment key={i}>{part.text}</React.Fragment>
          ),
        )}
      </p>
      <table className="kb-table kb-table--stack">
        <caption>Where this item is controlled</caption>
        <thead>
          <tr>
            <th scope="col">Regime</th>
            <th scope="col">Number</th>
            <th scope="col">Instrument</th>
            <th scope="col">Added</th>
            <th scope="col">Amended</th>
          </tr>
        </thead>
        <tbody>
          {data.entries.map((entry) => (
            <tr key={`${entry.regime}-${entry.number}`} id={entry.regime}>
              <th scope="row">{REGIME_LABELS[entry.regime] ?? entry.regime}</th>
              <td data-label="Number">
                <code>{entry.number}</code>
              </td>
              <td data-label="Instrument">{entry.instrument}</td>
              <td data-label="Added">
                {entry.added ? formatPartialDate(entry.added) : '—'}
                {entry.addedNote && <small className="kb-record__added-note"> ({entry.addedNote})</small>}
              </td>
              <td data-label="Amended">{entry.amended.length ? entry.amended.map((a) => `${formatPartialDate(a.date)}: ${a.change}`).join('; ') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.notations.length > 0 && <p className="kb-record__notations">
        <strong>Also written as:</strong> {data.notations.map((n, i) => <React.Fragment key={n}>{i > 0 && ', '}<code>{n}</code></React.Fragment>)}
      </p>}
      {data.definitions.length > 0 && (
        <p>
          <strong>Defined terms:</strong>{' '}
          {data.definitions.map((d, i) => (
            <React.Fragment key={d.slug}>
              {i > 0 && ', '}
              {d.url ? <Link to={d.url}>{d.term}</Link> : d.term}
            </React.Fragment>
          ))}
        </p>
      )}
    </div>
  );
}
