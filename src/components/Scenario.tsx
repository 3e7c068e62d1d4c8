import React, {type ReactNode} from 'react';
import {readPayload} from './payload';
import {scenarioAnchor} from '@site/src/shared/trainingAnchors';

/** A worked exercise, labelled as fictional wherever it is shown or printed. */
export default function Scenario(props: {payload?: string; children?: ReactNode}): ReactNode {
  const {title} = readPayload<{title: string}>(props);
  return (
    <section className="kb-scenario" id={scenarioAnchor(title)} aria-label={`Fictional scenario: ${title}`}>
      <p className="kb-scenario__label">Fictional scenario for training</p>
      <h3 className="kb-scenario__title">{title}</h3>
      {props.children}
    </section>
  );
}
