import React, {useId, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {readPayload} from './payload';

interface TermData {
  slug: string;
  term: string;
  short: string;
  url: string;
}

/**
 * The first mention of a glossary term: a link to the term whose definition shows on hover
 * and on keyboard focus (CSS :hover/:focus-within), announced via aria-describedby.
 */
export default function GlossaryTerm(props: {payload?: string; children?: ReactNode}): ReactNode {
  const data = readPayload<TermData>(props);
  const tooltipId = `term-${data.slug}-${useId().replace(/:/g, '')}`;
  return (
    <span className="kb-term">
      <Link to={data.url} className="kb-term__link" aria-describedby={tooltipId} data-term={data.slug}>
        {props.children}
      </Link>
      <span role="tooltip" id={tooltipId} className="kb-term__tip">
        <strong>{data.term}:</strong> {data.short}
      </span>
    </span>
  );
}
