import {useCallback, useState} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {citationBase, formatCitation, type CitationSubject} from '@site/src/shared/citation';

/**
 * The citation of a subject as text, made at the moment of copying: it uses SITE_URL when the
 * build set one (customFields.citationSiteUrl), else the address the reader is on.
 */
export function useCitation(subject: CitationSubject): {copy: () => Promise<void>; copied: boolean} {
  const {siteConfig} = useDocusaurusContext();
  const [copied, setCopied] = useState(false);
  const copy = useCallback(async () => {
    const configured = typeof siteConfig.customFields?.citationSiteUrl === 'string' ? siteConfig.customFields.citationSiteUrl : undefined;
    const text = formatCitation(subject, citationBase(configured, window.location.origin));
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      window.prompt('Copy this citation:', text);
    }
  }, [siteConfig, subject]);
  return {copy, copied};
}
