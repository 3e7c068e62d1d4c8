import React, {useEffect, type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import {useHistory} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/**
 * An entry number or recommendation ID typed as an address (`/controls/4a5`). The static page
 * redirects without JavaScript (meta refresh) and names the canonical page, so it is never
 * indexed as a copy; with JavaScript the router replaces it at once.
 */
export default function NumberRedirect({data}: {data: {to: string; label: string}}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const history = useHistory();
  useEffect(() => history.replace(data.to), [history, data.to]);
  return (
    <Layout title={data.label} description={`Redirects to ${data.label}`}>
      <Head>
        <meta httpEquiv="refresh" content={`0; url=${data.to}`} />
        <link rel="canonical" href={new URL(data.to, siteConfig.url).href} />
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <h1>Redirecting</h1>
        <p>
          This address is another way of writing <Link to={data.to}>{data.label}</Link>.
        </p>
      </main>
    </Layout>
  );
}
