import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import {usePluginData} from '@docusaurus/useGlobalData';

interface ChapterLink {
  id: string;
  chapter: number;
  title: string;
  url: string;
  summary: string;
  readingMinutes: number;
}

/** Says what the guide is and sends each kind of reader where they need to go. */
export default function Home(): ReactNode {
  const {chapters} = usePluginData('kb-content') as {chapters: ChapterLink[]};
  return (
    <Layout title="Home" description="Good-practice guidance on applying export controls to transfers of commercial cyber intrusion capabilities.">
      <main className="container">
        <header className="kb-hero">
          <h1>Export controls on commercial cyber intrusion capabilities</h1>
          <p className="kb-lead">
            A practical guide for states on controlling transfers of spyware, intrusion software, exploits and hack-for-hire services: how the multilateral lists work, how to set up and enforce controls, how to check end users, and what to publish. Six chapters, each ending in numbered recommendations, backed by a register of control-list entries and of public precedents.
          </p>
        </header>
        <section className="kb-audiences" aria-label="Where to start">
          <div className="kb-audience">
            <h2>Policymakers</h2>
            <p>Read the guide from the introduction, or go straight to the recommendations for your role and filter them by Pall Mall Code pillar.</p>
            <p>
              <Link to="/guide/introduction">Start reading</Link> · <Link to="/recommendations?audience=policymaker">Recommendations for policymakers</Link>
            </p>
          </div>
          <div className="kb-audience">
            <h2>Licensing and enforcement officers</h2>
            <p>Find past licensing decisions, revocations, listings and prosecutions, and the control-list entries that apply, with their Wassenaar, EU and US equivalents.</p>
            <p>
              <Link to="/assess">Assess an application</Link> · <Link to="/precedents">Precedents</Link> · <Link to="/controls">Control-list register</Link> · <Link to="/recommendations?audience=licensing-officer">Guidance for licensing officers</Link>
            </p>
          </div>
          <div className="kb-audience">
            <h2>Trainers</h2>
            <p>Assign chapters, recommendations and precedents to a class as a link or a printed handout, and use the discussion questions and fictional scenarios.</p>
            <p>
              <Link to="/training">Training material and reading paths</Link> · <Link to="/training/assign">Build an assignment</Link>
            </p>
          </div>
        </section>
        <section aria-labelledby="chapters-heading" className="margin-bottom--xl">
          <h2 id="chapters-heading">The guide</h2>
          <ol>
            {chapters.map((chapter) => (
              <li key={chapter.id}>
                <Link to={chapter.url}>{chapter.title}</Link> <span className="kb-index__meta">({chapter.readingMinutes} min)</span>
                <div>{chapter.summary}</div>
              </li>
            ))}
          </ol>
        </section>
      </main>
    </Layout>
  );
}
