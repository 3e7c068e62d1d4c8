import React, {useMemo, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {guidanceEdition} from '@site/src/shared/assessment/edition';
import {worksheetQueryText} from '@site/src/shared/assessment/queryText';
import {evaluateWorksheet} from '@site/src/shared/assessment/rules';
import {useHybridSearch} from '@site/src/search/useHybridSearch';
import type {Worksheet} from '@site/src/shared/assessment/worksheet';
import Alongside from './Alongside';
import FileNote from './FileNote';
import SavedAssessments from './SavedAssessments';
import WorksheetForm from './WorksheetForm';
import {buildContext, type AssessContext, type AssessPageData} from './data';
import {useAssessments} from './useAssessments';
import styles from './styles.module.css';

const SIMILAR_PRECEDENTS = 5;
const PRECEDENTS_ONLY = {types: ['precedent' as const]};

function Workspace({worksheet, onChange, context}: {worksheet: Worksheet; onChange: (next: Worksheet) => void; context: AssessContext}): ReactNode {
  const evaluation = useMemo(() => evaluateWorksheet(context.data.checklist, worksheet), [context, worksheet]);
  const query = useMemo(() => worksheetQueryText(worksheet, evaluation, (slug) => context.control(slug)?.title), [worksheet, evaluation, context]);
  const {results, status, forQuery} = useHybridSearch(query, PRECEDENTS_ONLY, SIMILAR_PRECEDENTS, true);
  return (
    <>
      <div className={`${styles.layout} kb-no-print`}>
        <WorksheetForm worksheet={worksheet} onChange={onChange} context={context} />
        <Alongside worksheet={worksheet} evaluation={evaluation} precedents={results} precedentQuery={forQuery} precedentStatus={status} onConsidered={(precedents) => onChange({...worksheet, precedents})} context={context} />
      </div>
      <FileNote worksheet={worksheet} evaluation={evaluation} context={context} />
    </>
  );
}

/**
 * /assess: the officer's licence assessment worksheet (R5.1, R5.4). Everything stays in the
 * browser: storage is local, search runs here, and no request carries what the officer types.
 */
export default function AssessPage({data}: {data: AssessPageData}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const context = useMemo(() => buildContext(data, guidanceEdition(siteConfig.customFields, data.builtOn)), [data, siteConfig.customFields]);
  const store = useAssessments();
  return (
    <Layout title="Assess a licence application" description="A worksheet that turns a proposed CCIC transfer into the checks, red flags, control entries and precedents that apply, and a printed file note.">
      <main className={`container margin-vert--lg ${styles.page}`} data-ready={store.ready ? 'true' : undefined}>
        <div className="kb-no-print">
          <h1>Assess a licence application</h1>
          <p>
            Describe the proposed transfer and answer the checklist that recommendation R5.1 calls for. Beside the worksheet you see, as you go, the control entries and catch-alls that apply, the red flags your answers raise (R5.4), the guidance behind them, the questions still open and the most similar precedents. Print the result as a file note.
          </p>
          <p className={styles.privacy} role="note">
            <strong>Nothing you type leaves this browser.</strong> Assessments are kept in this browser's local storage; the search that suggests entries and precedents runs on this page; no request carries the worksheet's content. Export a file to keep a copy or move it to another computer.
          </p>
        </div>
        <SavedAssessments store={store} context={context} />
        {!store.ready ? (
          <p className="kb-no-print">Opening your assessments…</p>
        ) : store.current ? (
          <Workspace key={store.current.id} worksheet={store.current} onChange={store.update} context={context} />
        ) : (
          <p className="kb-no-print">No assessment open. Start a new one, import a file, or load a worked example.</p>
        )}
      </main>
    </Layout>
  );
}
