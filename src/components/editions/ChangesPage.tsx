import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import type {ChangeRecord, EditionChanges} from '@site/plugins/kb-content/changes';
import type {ChangeKind} from '@site/plugins/kb-content/types';
import {formatPartialDate} from '../labels';

interface Data {
  editions: EditionChanges[];
  selected: string;
  feed: string;
}

const HEADINGS: Record<ChangeKind, string> = {added: 'Added', amended: 'Amended', withdrawn: 'Withdrawn'};
const KIND_PLURALS: Record<string, string> = {recommendation: 'recommendations', control: 'control-list entries', precedent: 'precedents', term: 'glossary terms'};

function ChangeItem({change}: {change: ChangeRecord}): ReactNode {
  return (
    <li data-ref={change.ref} data-change={change.change}>
      <Link to={change.url}>{change.title}</Link> <span className="kb-index__meta">({change.kindName})</span>
      <div>{change.note}</div>
      {(change.successor || change.diffUrl || change.editionUrl) && (
        <div className="kb-index__meta">
          {change.successor && (
            <>
              Replaced by <Link to={change.successor.url}>{change.successor.title}</Link>.{' '}
            </>
          )}
          {change.diffUrl && (
            <>
              <Link to={change.diffUrl}>Compare the wording</Link>.{' '}
            </>
          )}
          {change.editionUrl && <Link to={change.editionUrl}>Text in this edition</Link>}
        </div>
      )}
    </li>
  );
}

/** What each edition added, amended and withdrew, with links to the items and word diffs. */
export default function ChangesPage({data}: {data: Data}): ReactNode {
  const edition = data.editions.find((e) => e.id === data.selected) ?? data.editions[0];
  const title = edition ? `Changes in edition ${edition.id}` : 'Changes';
  return (
    <Layout title={title} description="What each edition of the guide added, amended and withdrew.">
      <Head>
        <link rel="alternate" type="application/atom+xml" title="Changes by edition" href={data.feed} />
      </Head>
      <main className="container margin-vert--lg kb-changes">
        <h1>{title}</h1>
        {edition && (
          <>
            <p className="kb-changes__edition">
              Published {formatPartialDate(edition.date)}{edition.current ? ' · current edition' : ''}. {edition.summary}
            </p>
            {edition.changes.length === 0 ? (
              <p data-testid="first-edition">
                The first edition published{' '}
                {Object.entries(edition.published)
                  .map(([kind, count]) => `${count} ${KIND_PLURALS[kind] ?? kind}`)
                  .join(', ')}
                . Later editions list each change here.
              </p>
            ) : (
              (['added', 'amended', 'withdrawn'] as const).map((kind) => {
                const list = edition.changes.filter((c) => c.change === kind);
                return list.length === 0 ? null : (
                  <section key={kind} aria-labelledby={`changes-${kind}`}>
                    <h2 id={`changes-${kind}`}>
                      {HEADINGS[kind]} ({list.length})
                    </h2>
                    <ul className="kb-changes__list">
                      {list.map((change) => (
                        <ChangeItem key={change.ref} change={change} />
                      ))}
                    </ul>
                  </section>
                );
              })
            )}
          </>
        )}
        <h2 id="editions">All editions</h2>
        <ol className="kb-changes__editions" reversed>
          {data.editions.map((e) => (
            <li key={e.id}>
              {e.id === edition?.id ? <strong>{e.id}</strong> : <Link to={e.url}>{e.id}</Link>} ({formatPartialDate(e.date)}): {e.summary}{' '}
              <Link to={e.guideUrl}>Read this edition</Link>
            </li>
          ))}
        </ol>
        <p>
          Follow changes in a feed reader: <a href={data.feed}>Atom feed of changes</a>.
        </p>
      </main>
    </Layout>
  );
}
