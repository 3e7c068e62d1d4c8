import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {readPayload} from './payload';

interface ChapterData {
  id: string;
  chapter: number;
  title: string;
  readingMinutes: number;
  recommendations: number;
  trainingUrl?: string;
  assignUrl: string;
}

/** The line under a chapter title: reading time, recommendations, training links. */
export default function ChapterMeta(props: {payload?: string}): ReactNode {
  const data = readPayload<ChapterData>(props);
  return (
    <p className="kb-chapter-meta">
      <span>Chapter {data.chapter}</span>
      <span>{data.readingMinutes} min read</span>
      {data.recommendations > 0 && <Link to={`/recommendations?chapter=${data.chapter}`}>{data.recommendations} recommendations</Link>}
      {data.trainingUrl && (
        <Link className="kb-no-print" to={data.trainingUrl}>
          Training material
        </Link>
      )}
      <Link className="kb-no-print" to={data.assignUrl}>
        Add to an assignment
      </Link>
    </p>
  );
}
