import React, {type ReactNode} from 'react';
import type {Evaluation} from '@site/src/shared/assessment/rules';
import {DECISIONS, END_USER_TYPES, type Worksheet} from '@site/src/shared/assessment/worksheet';
import {answerLabel, KIND_LABELS, type AssessContext} from './data';
import styles from './styles.module.css';

const orNone = (text: string) => text.trim() || 'Not recorded';

/**
 * The printed record: reads as a note for the licence file, in the order a reviewer asks the
 * questions: what was proposed, what was found, what was relied on, what was decided and why.
 * Shown only when printing.
 */
export default function FileNote({worksheet, evaluation, context}: {worksheet: Worksheet; evaluation: Evaluation; context: AssessContext}): ReactNode {
  const endUserType = END_USER_TYPES.find((t) => t.value === worksheet.endUser.type)?.label ?? 'Not recorded';
  const decision = DECISIONS.find((d) => d.value === worksheet.conclusion.decision)?.label ?? 'No decision recorded';
  return (
    <article className={styles.note} aria-label="File note">
      {worksheet.fictional && <p className={styles.fiction}>FICTIONAL TRAINING SCENARIO: not a real case. Loaded from “{worksheet.fictional.scenario}”.</p>}
      <h1>File note: licence assessment</h1>
      <dl className={styles.noteMeta}>
        <dt>Assessment</dt>
        <dd>{worksheet.title}</dd>
        <dt>Officer</dt>
        <dd>{orNone(worksheet.conclusion.officer)}</dd>
        <dt>Date</dt>
        <dd>{orNone(worksheet.conclusion.date)}</dd>
        <dt>Guidance</dt>
        <dd data-testid="note-edition">{context.edition}</dd>
      </dl>

      <h2>1. The proposed transfer</h2>
      {worksheet.summary.trim() && <p className={styles.preWrap}>{worksheet.summary}</p>}
      <dl className={styles.noteMeta}>
        <dt>Item</dt>
        <dd>{orNone(worksheet.item.description)}</dd>
        <dt>Destination</dt>
        <dd>{orNone(worksheet.destination)}</dd>
        <dt>End user</dt>
        <dd>
          {orNone(worksheet.endUser.name)} ({endUserType})
        </dd>
        <dt>Stated end use</dt>
        <dd>{orNone(worksheet.endUse)}</dd>
      </dl>

      <h2>2. Control entries and catch-alls that apply</h2>
      {evaluation.entries.length === 0 ? (
        <p>None identified.</p>
      ) : (
        <ul data-testid="note-entries">
          {evaluation.entries.map((entry) => {
            const control = context.control(entry.slug);
            return (
              <li key={entry.slug}>
                {control?.title ?? entry.slug} ({control ? `${KIND_LABELS[control.kind]}; ${control.numbers.join(', ')}` : 'no longer in the register'})
                {entry.broughtInBy.length > 0 && ` — brought in by ${entry.broughtInBy.join(', ')}`}
              </li>
            );
          })}
        </ul>
      )}

      <h2>3. Red flags raised ({evaluation.flags.length})</h2>
      {evaluation.flags.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul data-testid="note-flags">
          {evaluation.flags.map(({flag, raisedBy}) => (
            <li key={flag.id}>
              {flag.title} (raised by {raisedBy.join(', ')})
            </li>
          ))}
        </ul>
      )}

      <h2>4. Answers</h2>
      <p>
        {evaluation.answered} of {evaluation.total} questions answered; {evaluation.open.length} still open{evaluation.open.length > 0 && `: ${evaluation.open.map((q) => q.id).join(', ')}`}.
      </p>
      {context.data.checklist.groups.map((group) => (
        <section key={group.id}>
          <h3>{group.title}</h3>
          <table className={styles.noteTable}>
            <tbody>
              {group.questions.map((q) => (
                <tr key={q.id} data-question={q.id}>
                  <th scope="row">
                    {q.id} {q.question}
                  </th>
                  <td>
                    {answerLabel(q, worksheet)}
                    {worksheet.answers[q.id]?.note && <div className={styles.because}>{worksheet.answers[q.id].note}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}

      <h2>5. Guidance relied on</h2>
      <ul>
        {evaluation.recommendations.map(({id}) => (
          <li key={id}>
            {id} {context.data.recommendations[id]?.title}
          </li>
        ))}
        {evaluation.sections.map(({ref}) => (
          <li key={ref}>
            “{context.data.sections[ref]?.title}” (chapter {context.data.sections[ref]?.chapter})
          </li>
        ))}
      </ul>

      <h2>6. Precedents considered</h2>
      {worksheet.precedents.length === 0 ? (
        <p>None recorded.</p>
      ) : (
        <ul data-testid="note-precedents">
          {worksheet.precedents.map((id) => (
            <li key={id}>
              {context.precedent(id)?.title ?? id} ({context.precedent(id)?.date ?? 'no longer in the register'})
            </li>
          ))}
        </ul>
      )}

      <h2>7. Conclusion</h2>
      <p data-testid="note-decision">
        <strong>{decision}.</strong>
      </p>
      <p className={styles.preWrap} data-testid="note-reasons">
        {orNone(worksheet.conclusion.reasons)}
      </p>
      <p className={styles.because}>Prepared with the ccic-kb licence assessment worksheet. {context.edition}.</p>
    </article>
  );
}
