import React, {type ReactNode} from 'react';
import type {AssessmentQuestion} from '@site/src/shared/assessment/types';
import type {Answer} from '@site/src/shared/assessment/worksheet';
import {GuideRefs} from './GuideRefs';
import {questionAnchor, type AssessContext} from './data';
import styles from './styles.module.css';

/** One checklist question: the answer, a note for sources, and the guidance it rests on. */
export default function QuestionField({question, answer, onChange, context}: {question: AssessmentQuestion; answer: Answer | undefined; onChange: (next: Answer) => void; context: AssessContext}): ReactNode {
  const anchor = questionAnchor(question.id);
  const value = answer?.value ?? '';
  const note = answer?.note ?? '';
  return (
    <fieldset id={anchor} className={styles.question} aria-describedby={`${anchor}-guidance`} data-question={question.id}>
      <legend>
        <span className={styles.questionId}>{question.id}</span> {question.question}
      </legend>
      <p id={`${anchor}-guidance`} className={styles.guidance}>
        {question.guidance}
      </p>
      {question.answer === 'text' ? (
        <textarea className={styles.textAnswer} rows={2} aria-label={`Answer to ${question.id}`} value={value} onChange={(e) => onChange({value: e.target.value, note})} />
      ) : (
        <div className={styles.choices}>
          {question.choices.map((choice) => (
            <label key={choice.value} className={styles.choice}>
              <input type="radio" name={question.id} value={choice.value} checked={value === choice.value} onChange={() => onChange({value: choice.value, note})} /> {choice.label}
            </label>
          ))}
        </div>
      )}
      {question.answer !== 'text' && (
        <label className={styles.answerNote}>
          Sources and notes
          <input type="text" value={note} onChange={(e) => onChange({value, note: e.target.value})} />
        </label>
      )}
      <GuideRefs sections={question.sections} recommendations={question.recommendations} context={context} />
    </fieldset>
  );
}
