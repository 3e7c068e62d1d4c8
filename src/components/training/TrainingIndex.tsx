import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import {formatMinutes, readingMinutes, type CatalogueItem} from './types';
import {readingPathAnchor} from '@site/src/shared/trainingAnchors';

interface Data {
  training: {chapterId: string; title: string; summary: string; minutes: number; url: string; scenarios: string[]}[];
  chapters: {id: string; chapter: number; title: string}[];
  paths: {id: string; title: string; audience: string; description: string; minutes: number; share: string; items: (CatalogueItem & {note: string})[]}[];
}

/** Training home: session material per chapter, ready-made reading paths, the assignment builder. */
export default function TrainingIndex({data}: {data: Data}): ReactNode {
  return (
    <Layout title="Training" description="Training material, reading paths and assignments for classes on CCIC export controls.">
      <main className="container margin-vert--lg kb-index">
        <h1>Training</h1>
        <p>
          Session material for each chapter (objectives, discussion questions, fictional worked scenarios with facilitator&apos;s notes), three ready-made reading paths, and an{' '}
          <Link to="/training/assign">assignment builder</Link> that turns any selection into a share link and a printed handout. No accounts: progress stays in each learner&apos;s browser.
        </p>
        <h2 id="paths">Reading paths</h2>
        <div className="kb-audiences">
          {data.paths.map((path) => {
            const minutes = path.items.reduce((sum, item) => sum + readingMinutes(item.words ?? 0), 0);
            return (
              <section key={path.id} id={readingPathAnchor(path.id)} className="kb-audience" data-path={path.id}>
                <h3>{path.title}</h3>
                <p>{path.description}</p>
                <p className="kb-index__meta">
                  {path.items.length} items · about {formatMinutes(minutes)} of reading
                </p>
                <ol>
                  {path.items.map((item) => (
                    <li key={item.ref}>
                      <Link to={item.url}>{item.title}</Link>
                    </li>
                  ))}
                </ol>
                <p>
                  <Link data-noBrokenLinkCheck to={`/training/assignment#${path.share}`}>Open as an assignment</Link> · <Link data-noBrokenLinkCheck to={`/training/assign#${path.share}`}>Edit a copy</Link>
                </p>
              </section>
            );
          })}
        </div>
        <h2 id="sessions">Session material by chapter</h2>
        <ol>
          {data.training.map((t) => (
            <li key={t.chapterId}>
              <Link to={t.url}>{t.title}</Link> <span className="kb-index__meta">({formatMinutes(t.minutes)} session; scenarios: {t.scenarios.join('; ')})</span>
              <div>{t.summary}</div>
            </li>
          ))}
        </ol>
      </main>
    </Layout>
  );
}
