import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {readPayload} from './payload';

interface TrainingData {
  chapter: {id: string; chapter: number; title: string; url: string; readingMinutes: number};
  minutes: number;
  summary: string;
  objectives: string[];
  questions: string[];
  assignUrl: string;
}

/** The top of a chapter's training page: session length, objectives and discussion questions. */
export default function TrainingMeta(props: {payload?: string}): ReactNode {
  const data = readPayload<TrainingData>(props);
  return (
    <div className="kb-record">
      <p className="kb-chapter-meta">
        <span>Session: {data.minutes} min</span>
        <Link to={data.chapter.url}>
          Chapter {data.chapter.chapter}: {data.chapter.title}
        </Link>
        <span>({data.chapter.readingMinutes} min read)</span>
        <Link className="kb-no-print" to={data.assignUrl}>
          Assign this chapter
        </Link>
      </p>
      <p className="kb-record__summary">{data.summary}</p>
      <h2 id="learning-objectives">Learning objectives</h2>
      <p>By the end of the session, learners can:</p>
      <ul>
        {data.objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
      <h2 id="discussion-questions">Discussion questions</h2>
      <ol>
        {data.questions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ol>
    </div>
  );
}
