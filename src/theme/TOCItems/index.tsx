import React, {type ComponentProps, type ReactNode} from 'react';
import OriginalTOCItems from '@theme-original/TOCItems';
import type {TOCItem} from '@docusaurus/mdx-loader';
import {useLocation} from '@docusaurus/router';
import {usePluginData} from '@docusaurus/useGlobalData';

type Props = ComponentProps<typeof OriginalTOCItems> & {toc: readonly TOCItem[]};
interface Recommendation {
  id: string;
  title: string;
  anchor: string;
  url: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A chapter's table of contents lists its recommendations (R5.1 …) under "Recommendations":
 * the cards are components, not Markdown headings, so the theme does not see them.
 */
export default function TOCItems(props: Props): ReactNode {
  const {pathname} = useLocation();
  const {recommendations} = usePluginData('kb-content') as {recommendations: Recommendation[]};
  const own = recommendations.filter((r) => r.url.split('#')[0] === pathname);
  const at = props.toc.findIndex((item: TOCItem) => item.id === 'recommendations');
  if (own.length === 0 || at < 0) return <OriginalTOCItems {...props} />;
  const level = props.toc[at].level + 1;
  // TOC values are HTML: the titles are escaped.
  const items: TOCItem[] = own.map((r) => ({value: `${r.id} ${escapeHtml(r.title)}`, id: r.anchor, level}));
  const toc = [...props.toc.slice(0, at + 1), ...items, ...props.toc.slice(at + 1)];
  return <OriginalTOCItems {...props} toc={toc} />;
}
