import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {DECISIONS, END_USER_TYPES, type Worksheet} from '@site/src/shared/assessment/worksheet';
import ItemEntries from './ItemEntries';
import QuestionField from './QuestionField';
import type {AssessContext} from './data';
import styles from './styles.module.css';

/** The worksheet itself: the transfer, the checklist questions, and the officer's conclusion. */
export default function WorksheetForm({worksheet, onChange, context}: {worksheet: Worksheet; onChange: (next: Worksheet) => void; context: AssessContext}): ReactNode {
  const set = <K extends keyof Worksheet>(key: K, value: Worksheet[K]) => onChange({...worksheet, [key]: value});
  return (
    <div className={styles.form}>
      {worksheet.fictional && (
        <p className={styles.fiction} role="note">
          <strong>Fictional training scenario.</strong> This worked example is loaded from “<Link to={worksheet.fictional.url}>{worksheet.fictional.scenario}</Link>”. Every state, company and person in it is invented; it is not a real case.
        </p>
      )}
      <label className="kb-field">
        Title of this assessment
        <input type="text" name="title" value={worksheet.title} onChange={(e) => set('title', e.target.value)} maxLength={200} />
      </label>
      <label className="kb-field">
        The application in brief
        <textarea name="summary" rows={worksheet.fictional ? 8 : 3} value={worksheet.summary} onChange={(e) => set('summary', e.target.value)} />
      </label>

      <section aria-labelledby="transfer-heading">
        <h2 id="transfer-heading">The proposed transfer</h2>
        <h3>Item</h3>
        <ItemEntries
          entries={worksheet.item.entries}
          description={worksheet.item.description}
          onEntries={(entries) => set('item', {...worksheet.item, entries})}
          onDescription={(description) => set('item', {...worksheet.item, description})}
          context={context}
        />
        <h3>Destination and end user</h3>
        <div className={styles.twoColumns}>
          <label className="kb-field">
            Destination
            <input type="text" name="destination" value={worksheet.destination} onChange={(e) => set('destination', e.target.value)} />
          </label>
          <label className="kb-field">
            End-user type
            <select name="endUserType" value={worksheet.endUser.type} onChange={(e) => set('endUser', {...worksheet.endUser, type: e.target.value})}>
              <option value="">Choose…</option>
              {END_USER_TYPES.map((type) => (
                <option key={type.value} value={type.value}>
                  {type.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="kb-field">
          End user, by name (the operating agency)
          <input type="text" name="endUserName" value={worksheet.endUser.name} onChange={(e) => set('endUser', {...worksheet.endUser, name: e.target.value})} />
        </label>
        <label className="kb-field">
          Stated end use
          <textarea name="endUse" rows={2} value={worksheet.endUse} onChange={(e) => set('endUse', e.target.value)} />
        </label>
      </section>

      {context.data.checklist.groups.map((group) => (
        <section key={group.id} aria-labelledby={`group-${group.id}`} className={styles.group}>
          <h2 id={`group-${group.id}`}>{group.title}</h2>
          <p className={styles.groupSummary}>{group.summary}</p>
          {group.questions.map((question) => (
            <QuestionField
              key={question.id}
              question={question}
              answer={worksheet.answers[question.id]}
              onChange={(answer) => set('answers', {...worksheet.answers, [question.id]: answer})}
              context={context}
            />
          ))}
        </section>
      ))}

      <section aria-labelledby="conclusion-heading" className={styles.group}>
        <h2 id="conclusion-heading">Conclusion</h2>
        <fieldset className={styles.question}>
          <legend>Decision</legend>
          <div className={styles.choices}>
            {DECISIONS.map((decision) => (
              <label key={decision.value} className={styles.choice}>
                <input type="radio" name="decision" value={decision.value} checked={worksheet.conclusion.decision === decision.value} onChange={() => set('conclusion', {...worksheet.conclusion, decision: decision.value})} /> {decision.label}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="kb-field">
          Reasons
          <textarea name="reasons" rows={5} value={worksheet.conclusion.reasons} onChange={(e) => set('conclusion', {...worksheet.conclusion, reasons: e.target.value})} />
        </label>
        <div className={styles.twoColumns}>
          <label className="kb-field">
            Officer
            <input type="text" name="officer" value={worksheet.conclusion.officer} onChange={(e) => set('conclusion', {...worksheet.conclusion, officer: e.target.value})} />
          </label>
          <label className="kb-field">
            Date
            <input type="date" name="date" value={worksheet.conclusion.date} onChange={(e) => set('conclusion', {...worksheet.conclusion, date: e.target.value})} />
          </label>
        </div>
      </section>
    </div>
  );
}
