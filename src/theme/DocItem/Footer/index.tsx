import React, {type ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import PageStamp from '@site/src/components/PageStamp';

/**
 * Every chapter, record, glossary term and training page ends with its "Last updated" date
 * (git history at build time, or `last_update.date` in front matter for a reviewed date) and a
 * citation. Replaces the theme's footer, which only had the date and edit links we do not use.
 */
export default function DocItemFooter(): ReactNode {
  const {metadata} = useDoc();
  return (
    <footer className="docusaurus-mt-lg">
      <PageStamp title={metadata.title} lastUpdatedAt={metadata.lastUpdatedAt} />
    </footer>
  );
}
