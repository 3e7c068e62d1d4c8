import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {AssessContext} from './data';
import styles from './styles.module.css';

/** "Rests on": links to the guide sections and recommendations behind a question or a flag. */
export function GuideRefs({sections, recommendations, context}: {sections: string[]; recommendations: string[]; context: AssessContext}): ReactNode {
  if (!sections.length && !recommendations.length) return null;
  return (
    <p className={styles.refs}>
      Rests on:{' '}
      {recommendations.map((id) => (
        <React.Fragment key={id}>
          <Link to={context.data.recommendations[id]?.url} title={context.data.recommendations[id]?.title}>
            {id}
          </Link>{' '}
        </React.Fragment>
      ))}
      {sections.map((ref) => {
        const section = context.data.sections[ref];
        return section ? (
          <React.Fragment key={ref}>
            <Link to={section.url}>“{section.title}” (ch. {section.chapter})</Link>{' '}
          </React.Fragment>
        ) : null;
      })}
    </p>
  );
}
