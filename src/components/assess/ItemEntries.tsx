import React, {useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useHybridSearch} from '@site/src/search/useHybridSearch';
import {KIND_LABELS, type AssessContext} from './data';
import styles from './styles.module.css';

const SUGGESTIONS = 5;
const CONTROLS_ONLY = {types: ['control' as const]};

/**
 * The item: entries picked by number in any notation (resolved by the shared registry), and a
 * description in words that the shared hybrid search turns into suggested entries.
 */
export default function ItemEntries({entries, description, onEntries, onDescription, context}: {entries: string[]; description: string; onEntries: (next: string[]) => void; onDescription: (next: string) => void; context: AssessContext}): ReactNode {
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState('');
  const {results, status} = useHybridSearch(description, CONTROLS_ONLY, SUGGESTIONS, true);
  const suggested = results.map((r) => r.chunk.id.replace(/^control:/, '')).filter((slug) => context.control(slug));

  const addTyped = () => {
    const token = typed.trim();
    if (!token) return;
    const resolution = context.registry.resolveToken(token);
    if (resolution.kind === 'entry') {
      const title = context.control(resolution.slug)?.title;
      if (entries.includes(resolution.slug)) setMessage(`${token} is already listed (${title}).`);
      else {
        onEntries([...entries, resolution.slug]);
        setMessage(`Added ${token}: ${title}.`);
      }
      setTyped('');
    } else if (resolution.kind === 'family') {
      const children = context.data.controls.filter((c) => c.keys.some((key) => key.startsWith(`${resolution.key}.`)));
      setMessage(`${token} is a family of entries: add one of ${children.map((c) => c.keys[0]).join(', ')}.`);
    } else {
      setMessage(`No entry “${token}” in the register. Nearest: ${context.registry.nearest(token).join(', ')}.`);
    }
  };

  return (
    <div>
      <div className={styles.inline}>
        <label htmlFor="entry-number">Add a control entry by number, in any notation (4A005, 4.A.5, ECCN 4D004, Article 5)</label>
        <div className={styles.inlineRow}>
          <input
            id="entry-number"
            type="text"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addTyped();
              }
            }}
          />
          <button type="button" className="kb-button" onClick={addTyped}>
            Add entry
          </button>
        </div>
        <p id="entry-message" role="status" className={styles.message}>
          {message}
        </p>
      </div>
      <ul className={styles.entryList} aria-label="Entries picked for the item">
        {entries.map((slug) => {
          const control = context.control(slug);
          return (
            <li key={slug}>
              <Link to={control?.url}>{control?.keys[0] ?? control?.aliases[0] ?? slug}</Link> {control?.title ?? slug}{' '}
              <button type="button" className="kb-button kb-button--small" onClick={() => onEntries(entries.filter((s) => s !== slug))} aria-label={`Remove ${control?.title ?? slug}`}>
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      <label className="kb-field" htmlFor="item-description">
        Or describe the item in words
      </label>
      <textarea id="item-description" rows={3} className={styles.wide} value={description} onChange={(e) => onDescription(e.target.value)} placeholder="e.g. a platform that delivers exploits to phones remotely, with a command server" />
      {description.trim() && (
        <section aria-labelledby="suggested-entries-heading" className={styles.suggestions}>
          <h4 id="suggested-entries-heading">Suggested entries {status === 'loading' ? '(searching…)' : ''}</h4>
          <ul aria-label="Suggested entries">
            {suggested.map((slug) => {
              const control = context.control(slug)!;
              return (
                <li key={slug}>
                  <button type="button" className="kb-button kb-button--small" disabled={entries.includes(slug)} onClick={() => onEntries([...entries, slug])} aria-label={`Add ${control.title}`}>
                    {entries.includes(slug) ? 'Added' : 'Add'}
                  </button>{' '}
                  {control.keys[0] ?? control.aliases[0] ?? ''} {control.title} <span className="kb-badge kb-badge--quiet">{KIND_LABELS[control.kind]}</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
