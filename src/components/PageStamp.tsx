import React, {type ReactNode} from 'react';
import {useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {citationBase, formatCitationDate} from '@site/src/shared/citation';
import CopyCitation from './CopyCitation';

/**
 * The foot of every chapter, record and register: when it was last updated, a button to cite
 * it, and (on paper only) the address it was printed from, so a printout can be traced back.
 */
export default function PageStamp({title, lastUpdatedAt}: {title: string; lastUpdatedAt?: number | null}): ReactNode {
  const {pathname} = useLocation();
  const {siteConfig} = useDocusaurusContext();
  const isBrowser = useIsBrowser();
  const configured = typeof siteConfig.customFields?.citationSiteUrl === 'string' ? siteConfig.customFields.citationSiteUrl : undefined;
  const base = citationBase(configured, isBrowser ? window.location.origin : siteConfig.url);
  const address = new URL(pathname, base).href;
  return (
    <div className="kb-page-stamp" data-page-stamp>
      <p>
        {lastUpdatedAt ? (
          <>
            Last updated <time dateTime={new Date(lastUpdatedAt).toISOString().slice(0, 10)}>{formatCitationDate(lastUpdatedAt)}</time>
          </>
        ) : (
          'Last updated: not recorded'
        )}
        <span className="kb-print-only"> · {address}</span>
      </p>
      <CopyCitation subject={{label: title, path: pathname, lastUpdatedAt}} label="Cite this page" />
    </div>
  );
}
