import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import PageStamp from './PageStamp';

interface Term {
  slug: string;
  term: string;
  short: string;
  url: string;
}

/** All glossary terms A–Z with their one-line definitions. */
export default function GlossaryIndex({data}: {data: {terms: Term[]; lastUpdatedAt?: number | null}}): ReactNode {
  return (
    <Layout title="Glossary" description="Terms used in export controls on commercial cyber intrusion capabilities.">
      <main className="container margin-vert--lg kb-index">
        <h1>Glossary</h1>
        <p>The first time a page uses one of these terms, it is underlined with a dotted line: hover over it or focus it with the keyboard to read the definition.</p>
        <dl className="kb-glossary">
          {data.terms.map((term) => (
            <React.Fragment key={term.slug}>
              <dt id={term.slug}>
                <Link to={term.url}>{term.term}</Link>
              </dt>
              <dd>{term.short}</dd>
            </React.Fragment>
          ))}
        </dl>
        <PageStamp title="Glossary" lastUpdatedAt={data.lastUpdatedAt} />
      </main>
    </Layout>
  );
}
