import React, {useId, useState, type ReactNode} from 'react';

/**
 * The filters of a filterable list (search, recommendations, precedents). On wide screens they
 * sit beside the results; on phones the results come first and the filters open from a
 * "Filters (n)" button, whose bar also carries the live result count, so ticking a box shows
 * its effect at once without scrolling.
 */
export default function FilterPanel(props: {
  /** How many filter values are selected. */
  active: number;
  /** The live count, e.g. "10 of 45 precedents". */
  status: ReactNode;
  statusId: string;
  /** Extra attributes for the status line (the search page marks which query it describes). */
  statusAttributes?: Record<`data-${string}`, string>;
  onClear?: () => void;
  children: ReactNode;
}): ReactNode {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <aside className="kb-filters" aria-label="Filters" data-open={open || undefined}>
      <div className="kb-filters__bar">
        <button type="button" className="kb-button kb-filters__toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          Filters ({props.active})
        </button>
        <p id={props.statusId} className="kb-filters__status" role="status" aria-live="polite" data-result-count {...props.statusAttributes}>
          {props.status}
        </p>
        {props.onClear && props.active > 0 && (
          <button type="button" className="kb-button kb-button--small" onClick={props.onClear}>
            Clear filters
          </button>
        )}
      </div>
      <div id={panelId} className="kb-filters__panel">
        {props.children}
      </div>
    </aside>
  );
}
