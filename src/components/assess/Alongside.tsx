import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {Evaluation} from '@site/src/shared/assessment/rules';
import type {SearchResult} from '@site/src/shared/search/types';
import type {SearchStatus} from '@site/src/search/useHybridSearch';
import type {Worksheet} from '@site/src/shared/assessment/worksheet';
import {KIND_LABELS, questionAnchor, type AssessContext} from './data';
import styles from './styles.module.css';

const QuestionLinks = ({ids}: {ids: string[]}) => (
  <>
    {ids.map((id, index) => (
      <React.Fragment key={id}>
        {index > 0 && ', '}
        <a href={`#${questionAnchor(id)}`}>{id}</a>
      </React.Fragment>
    ))}
  </>
);

/**
 * Beside the worksheet, recomputed on every change: what applies, what is raised, what bears on
 * the answers, what is still open, and the precedents most like this transfer.
 */
export default function Alongside({worksheet, evaluation, precedents, precedentQuery, precedentStatus, onConsidered, context}: {worksheet: Worksheet; evaluation: Evaluation; precedents: SearchResult[]; precedentQuery: string; precedentStatus: SearchStatus; onConsidered: (ids: string[]) => void; context: AssessContext}): ReactNode {
  const toggle = (id: string) => onConsidered(worksheet.precedents.includes(id) ? worksheet.precedents.filter((p) => p !== id) : [...worksheet.precedents, id]);
  return (
    <aside className={styles.alongside} aria-label="What applies to this assessment">
      <section aria-labelledby="applies-heading">
        <h2 id="applies-heading">Entries and catch-alls that apply ({evaluation.entries.length})</h2>
        {evaluation.entries.length === 0 ? (
          <p>None yet: add entries for the item, or answer the item questions.</p>
        ) : (
          <ul className={styles.plain} data-testid="applies">
            {evaluation.entries.map((entry) => {
              const control = context.control(entry.slug);
              return (
                <li key={entry.slug} data-slug={entry.slug}>
                  <Link to={control?.url}>{control?.title ?? entry.slug}</Link> <span className="kb-badge kb-badge--quiet">{control ? KIND_LABELS[control.kind] : ''}</span>
                  <div className={styles.because}>
                    {entry.picked ? 'Picked for the item' : 'Brought in by'}
                    {entry.picked && entry.broughtInBy.length > 0 && '; also by'} {entry.broughtInBy.length > 0 && <QuestionLinks ids={entry.broughtInBy} />}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="flags-heading">
        <h2 id="flags-heading">Red flags raised ({evaluation.flags.length})</h2>
        {evaluation.flags.length === 0 ? (
          <p>No red flag raised by the answers so far.</p>
        ) : (
          <ul className={styles.plain} data-testid="flags">
            {evaluation.flags.map(({flag, raisedBy}) => (
              <li key={flag.id} data-flag={flag.id} className={styles.flag}>
                <strong>{flag.title}</strong>
                <div>{flag.guidance}</div>
                <div className={styles.because}>
                  Raised by <QuestionLinks ids={raisedBy} />
                  {flag.precedents.length > 0 && (
                    <>
                      {' · See '}
                      {flag.precedents.map((id, index) => (
                        <React.Fragment key={id}>
                          {index > 0 && ', '}
                          <Link to={context.precedent(id)?.url}>{context.precedent(id)?.title ?? id}</Link>
                        </React.Fragment>
                      ))}
                    </>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="guidance-heading">
        <h2 id="guidance-heading">Guidance that bears on your answers</h2>
        {evaluation.recommendations.length === 0 ? (
          <p>Answer a question to see the recommendations and sections behind it.</p>
        ) : (
          <>
            <ul className={styles.plain} data-testid="recommendations">
              {evaluation.recommendations.map(({id}) => (
                <li key={id}>
                  <Link to={context.data.recommendations[id]?.url}>
                    {id} {context.data.recommendations[id]?.title}
                  </Link>
                </li>
              ))}
            </ul>
            <ul className={styles.plain} aria-label="Guide sections">
              {evaluation.sections.map(({ref}) => {
                const section = context.data.sections[ref];
                return section ? (
                  <li key={ref}>
                    <Link to={section.url}>{section.title}</Link> <span className={styles.because}>(chapter {section.chapter})</span>
                  </li>
                ) : null;
              })}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="open-heading">
        <h2 id="open-heading">Questions still open ({evaluation.open.length} of {evaluation.total})</h2>
        <ul className={styles.openList}>
          {evaluation.open.map((q) => (
            <li key={q.id}>
              <a href={`#${questionAnchor(q.id)}`}>{q.id}</a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="precedents-heading">
        <h2 id="precedents-heading">Most similar precedents</h2>
        <p className={styles.because}>Ranked in this browser by the site's search, from the worksheet's text. Tick those you considered: they go into the record.</p>
        {precedentStatus === 'idle' && <p>Describe the transfer to see similar precedents.</p>}
        {precedentStatus === 'error' && <p>Search could not be loaded, so no precedents can be suggested.</p>}
        <ol className={styles.precedents} data-testid="precedents" data-status={precedentStatus} data-query={precedentQuery} aria-busy={precedentStatus === 'loading'}>
          {precedents.map((result) => {
            const id = result.chunk.id.replace(/^precedent:/, '');
            return (
              <li key={id} data-precedent={id}>
                <label>
                  <input type="checkbox" checked={worksheet.precedents.includes(id)} onChange={() => toggle(id)} /> Considered
                </label>{' '}
                <Link to={result.chunk.url}>{result.chunk.title}</Link>
              </li>
            );
          })}
        </ol>
        {worksheet.precedents.filter((id) => !precedents.some((r) => r.chunk.id === `precedent:${id}`)).length > 0 && (
          <>
            <h3 className={styles.smallHeading}>Also considered</h3>
            <ul className={styles.plain}>
              {worksheet.precedents
                .filter((id) => !precedents.some((r) => r.chunk.id === `precedent:${id}`))
                .map((id) => (
                  <li key={id}>
                    <label>
                      <input type="checkbox" checked onChange={() => toggle(id)} /> Considered
                    </label>{' '}
                    <Link to={context.precedent(id)?.url}>{context.precedent(id)?.title ?? id}</Link>
                  </li>
                ))}
            </ul>
          </>
        )}
      </section>
    </aside>
  );
}
