import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {readPayload} from './payload';
import {ACTION_LABELS, formatPartialDate} from './labels';

interface PrecedentData {
  id: string;
  date: string;
  state: string;
  states: string[];
  participants?: string;
  authority: string;
  actor: string;
  action: string;
  items: string[];
  controls: {slug: string; title: string; url: string; numbers: string[]}[];
  controlsBasis?: string;
  destinations: string[];
  outcome: string;
  relatedRecommendations: {id: string; title?: string; url?: string}[];
  similar: {id: string; title: string; url: string; date: string}[];
}

/** The structured top of a precedent's page: the record's facts, entries and related guidance. */
export default function PrecedentRecord(props: {payload?: string}): ReactNode {
  const data = readPayload<PrecedentData>(props);
  const rows: [string, ReactNode][] = [
    ['Date', formatPartialDate(data.date)],
    [data.states.length > 1 ? 'States' : 'State', data.state],
    ...(data.participants ? [['Participants', data.participants] as [string, ReactNode]] : []),
    ['Authority', data.authority],
    ['Actor', data.actor],
    ['Action', ACTION_LABELS[data.action] ?? data.action],
    ['Items', data.items.join('; ')],
    [
      'Control entries',
      data.controls.length ? (
        <>
          {data.controls.map((c, i) => <React.Fragment key={c.slug}>{i > 0 && '; '}<Link to={c.url}>{c.numbers.join(' / ')}</Link> ({c.title})</React.Fragment>)}
          {data.controlsBasis && <p className="kb-record__basis" data-controls-basis>{data.controlsBasis}</p>}
        </>
      ) : 'None named in the sources',
    ],
    ['Destinations', data.destinations.length ? data.destinations.join(', ') : 'Not public'],
    ['Outcome', data.outcome],
  ];
  return (
    <div className="kb-record" data-precedent-record={data.id}>
      <table className="kb-table kb-table--facts">
        <caption>Record</caption>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.relatedRecommendations.length > 0 && (
        <section aria-labelledby="related-recommendations">
          <h2 id="related-recommendations">Related recommendations</h2>
          <ul>
            {data.relatedRecommendations.map((r) => (
              <li key={r.id}>
                <Link to={r.url}>{r.id} {r.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {data.similar.length > 0 && (
        <section aria-labelledby="similar-precedents">
          <h2 id="similar-precedents">Similar precedents</h2>
          <ul>
            {data.similar.map((p) => (
              <li key={p.id}>
                <Link to={p.url}>{p.title}</Link> ({formatPartialDate(p.date)})
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2 id="summary">Summary</h2>
    </div>
  );
}
