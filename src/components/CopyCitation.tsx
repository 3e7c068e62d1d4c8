import React, {type ReactNode} from 'react';
import type {CitationSubject} from '@site/src/shared/citation';
import {useCitation} from './useCitation';

/** A button that copies the citation of a subject, and says so to screen readers too. */
export default function CopyCitation({subject, label = 'Copy citation'}: {subject: CitationSubject; label?: string}): ReactNode {
  const {copy, copied} = useCitation(subject);
  return (
    <>
      <button type="button" className="kb-button kb-button--small kb-no-print" onClick={() => void copy()} data-citation-path={subject.path}>
        {copied ? 'Citation copied' : label}
      </button>
      <span className="kb-visually-hidden" aria-live="polite">
        {copied ? 'Citation copied to the clipboard' : ''}
      </span>
    </>
  );
}
