import React, {type ReactNode} from 'react';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/** A group of checkboxes for one facet; the counts say how many results each would match. */
export default function FacetGroup(props: {name: string; legend: string; options: FacetOption[]; selected: string[]; onToggle: (value: string) => void}): ReactNode {
  return (
    <fieldset className="kb-facet" data-facet={props.name}>
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} className="kb-facet__option">
          <input type="checkbox" name={props.name} value={option.value} checked={props.selected.includes(option.value)} onChange={() => props.onToggle(option.value)} />{' '}
          {option.label} <span className="kb-facet__count">({option.count})</span>
        </label>
      ))}
    </fieldset>
  );
}
