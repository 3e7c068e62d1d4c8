import React, {useRef, useState, type ReactNode} from 'react';
import {exportWorksheet, importWorksheet} from '@site/src/shared/assessment/exchange';
import {newWorksheetId, type Worksheet} from '@site/src/shared/assessment/worksheet';
import type {Assessments} from './useAssessments';
import type {AssessContext} from './data';
import styles from './styles.module.css';

type Pending = {kind: 'delete'; worksheet: Worksheet} | {kind: 'replace'; incoming: Worksheet; existing: Worksheet; report: string};

const fileName = (worksheet: Worksheet) =>
  `assessment-${worksheet.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'untitled'}.json`;

/**
 * The officer's assessments in this browser: list, open, rename, duplicate, delete (after
 * confirmation), export and import, and the fictional worked examples for trainers.
 */
export default function SavedAssessments({store, context}: {store: Assessments; context: AssessContext}): ReactNode {
  const [renaming, setRenaming] = useState<{id: string; title: string}>();
  const [pending, setPending] = useState<Pending>();
  const [report, setReport] = useState<{tone: 'ok' | 'problem'; text: string}>();
  const [scenario, setScenario] = useState('0');
  const fileInput = useRef<HTMLInputElement>(null);

  const download = (worksheet: Worksheet) => {
    const blob = new Blob([exportWorksheet(worksheet, context.edition, new Date().toISOString())], {type: 'application/json'});
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName(worksheet);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setReport({tone: 'ok', text: `Exported “${worksheet.title}” as ${fileName(worksheet)}.`});
  };

  const importText = (text: string) => {
    const result = importWorksheet(text, context.known);
    if (!result.ok) {
      setReport({tone: 'problem', text: result.problem});
      return;
    }
    const summary = [`Imported “${result.worksheet.title}” (made under: ${result.edition || 'edition not stated'}).`, result.dropped.length ? `Dropped: ${result.dropped.join('; ')}.` : '', `Kept: ${result.kept.join(', ')}.`].filter(Boolean).join(' ');
    const existing = store.worksheets.find((w) => w.id === result.worksheet.id);
    if (existing) setPending({kind: 'replace', incoming: result.worksheet, existing, report: summary});
    else {
      store.put(result.worksheet);
      setReport({tone: result.dropped.length ? 'problem' : 'ok', text: summary});
    }
  };

  const loadExample = () => {
    const chosen = context.data.scenarios[Number(scenario)];
    if (!chosen) return;
    store.create({
      title: `Worked example (fictional): ${chosen.title}`,
      summary: chosen.paragraphs.join('\n\n'),
      fictional: {chapterId: chosen.chapterId, scenario: chosen.title, url: chosen.url},
    });
    setReport({tone: 'ok', text: `Loaded the fictional scenario “${chosen.title}” as a new worksheet.`});
  };

  return (
    <section aria-labelledby="saved-heading" className={`${styles.saved} kb-no-print`}>
      <h2 id="saved-heading">Your assessments ({store.worksheets.length})</h2>
      {store.setAside.length > 0 && (
        <div role="alert" className={styles.problem}>
          {store.setAside.length === 1 ? 'One stored assessment was damaged and has been set aside' : `${store.setAside.length} stored assessments were damaged and have been set aside`}; the others are unaffected.
          <ul>
            {store.setAside.map((item) => (
              <li key={item.key}>
                {item.key}: {item.problem}. Its text is kept under “{item.movedTo}”.
              </li>
            ))}
          </ul>
        </div>
      )}
      {!store.persistent && <p className={styles.problem}>This browser does not allow local storage, so assessments last only until the tab is closed. Export them to keep them.</p>}
      {store.saveError && <p role="alert" className={styles.problem}>{store.saveError}</p>}
      <ul className={styles.savedList} aria-label="Saved assessments">
        {store.worksheets.map((w) => (
          <li key={w.id} aria-current={w.id === store.current?.id ? 'true' : undefined} data-assessment={w.id}>
            {renaming?.id === w.id ? (
              <form
                className={styles.inlineRow}
                onSubmit={(e) => {
                  e.preventDefault();
                  store.rename(w.id, renaming.title);
                  setRenaming(undefined);
                }}
              >
                <input type="text" aria-label={`New name for ${w.title}`} value={renaming.title} onChange={(e) => setRenaming({id: w.id, title: e.target.value})} autoFocus />
                <button type="submit" className="kb-button kb-button--small">
                  Save name
                </button>
                <button type="button" className="kb-button kb-button--small" onClick={() => setRenaming(undefined)}>
                  Cancel
                </button>
              </form>
            ) : (
              <>
                <button type="button" className={styles.linkButton} onClick={() => store.select(w.id)} aria-label={`Open ${w.title}`}>
                  {w.title}
                </button>
                {w.fictional && <span className="kb-badge kb-badge--quiet">Fictional</span>}
                <span className={styles.because}> changed {w.updated.slice(0, 16).replace('T', ' ')}</span>
                <span className={styles.rowActions}>
                  <button type="button" className="kb-button kb-button--small" onClick={() => setRenaming({id: w.id, title: w.title})} aria-label={`Rename ${w.title}`}>
                    Rename
                  </button>
                  <button type="button" className="kb-button kb-button--small" onClick={() => store.duplicate(w.id)} aria-label={`Duplicate ${w.title}`}>
                    Duplicate
                  </button>
                  <button type="button" className="kb-button kb-button--small" onClick={() => download(w)} aria-label={`Export ${w.title}`}>
                    Export
                  </button>
                  <button type="button" className="kb-button kb-button--small" onClick={() => setPending({kind: 'delete', worksheet: w})} aria-label={`Delete ${w.title}`}>
                    Delete
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>

      {pending?.kind === 'delete' && (
        <div role="alertdialog" aria-labelledby="confirm-delete" className={styles.confirm}>
          <p id="confirm-delete">Delete “{pending.worksheet.title}” from this browser? This cannot be undone; export it first to keep a copy.</p>
          <button
            type="button"
            className="kb-button"
            onClick={() => {
              store.remove(pending.worksheet.id);
              setReport({tone: 'ok', text: `Deleted “${pending.worksheet.title}”.`});
              setPending(undefined);
            }}
          >
            Delete it
          </button>{' '}
          <button type="button" className="kb-button" onClick={() => setPending(undefined)}>
            Keep it
          </button>
        </div>
      )}
      {pending?.kind === 'replace' && (
        <div role="alertdialog" aria-labelledby="confirm-replace" className={styles.confirm}>
          <p id="confirm-replace">
            “{pending.existing.title}”, last changed {pending.existing.updated.slice(0, 16).replace('T', ' ')}, is already stored under the same ID. Replace it with the imported file, or keep both?
          </p>
          <button
            type="button"
            className="kb-button"
            onClick={() => {
              store.put(pending.incoming);
              setReport({tone: 'ok', text: `${pending.report} It replaced the stored copy.`});
              setPending(undefined);
            }}
          >
            Replace the stored one
          </button>{' '}
          <button
            type="button"
            className="kb-button"
            onClick={() => {
              store.put({...pending.incoming, id: newWorksheetId(), title: `${pending.incoming.title} (imported)`});
              setReport({tone: 'ok', text: `${pending.report} Kept both; the import is a new assessment.`});
              setPending(undefined);
            }}
          >
            Keep both
          </button>{' '}
          <button
            type="button"
            className="kb-button"
            onClick={() => {
              setReport({tone: 'ok', text: 'Import cancelled; nothing was changed.'});
              setPending(undefined);
            }}
          >
            Cancel
          </button>
        </div>
      )}

      <div className={styles.inlineRow}>
        <button type="button" className="kb-button" onClick={() => store.create()} disabled={!store.ready}>
          New assessment
        </button>
        <button type="button" className="kb-button" onClick={() => window.print()} disabled={!store.current}>
          Print file note
        </button>
        <label className="kb-button">
          Import a file…
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            disabled={!store.ready}
            className="kb-visually-hidden"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) importText(await file.text());
              if (fileInput.current) fileInput.current.value = '';
            }}
          />
        </label>
      </div>
      <p id="assess-report" role="status" className={report?.tone === 'problem' ? styles.problem : styles.message}>
        {report?.text}
      </p>

      <details className={styles.examples}>
        <summary>For trainers: load a fictional scenario as a worked example</summary>
        <div className={styles.inlineRow}>
          <label htmlFor="scenario-choice">Scenario</label>
          <select id="scenario-choice" value={scenario} onChange={(e) => setScenario(e.target.value)}>
            {context.data.scenarios.map((s, index) => (
              <option key={`${s.chapterId}-${s.title}`} value={index}>
                {s.title} (fictional)
              </option>
            ))}
          </select>
          <button type="button" className="kb-button" onClick={loadExample} disabled={!store.ready}>
            Load as worked example
          </button>
        </div>
      </details>
    </section>
  );
}
