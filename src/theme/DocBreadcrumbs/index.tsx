import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import OriginalBreadcrumbs from '@theme-original/DocBreadcrumbs';
import {useDoc, useSidebarBreadcrumbs} from '@docusaurus/plugin-content-docs/client';
import {ROUTES} from '@site/plugins/kb-content/urls';

/** Records have no sidebar, so the theme shows no way back: they get "Controls › 4A005". */
const REGISTERS = [
  {path: ROUTES.controls, label: 'Controls'},
  {path: ROUTES.precedents, label: 'Precedents'},
  {path: ROUTES.glossary, label: 'Glossary'},
  {path: ROUTES.training, label: 'Training'},
];

/** What the last crumb says: a control entry by its first number, anything else by its title. */
function currentLabel(registerPath: string, title: string): string {
  return registerPath === ROUTES.controls ? title.split(' — ')[0].split(' · ')[0] : title;
}

export default function DocBreadcrumbs(): ReactNode {
  const sidebarCrumbs = useSidebarBreadcrumbs();
  const {metadata} = useDoc();
  if (sidebarCrumbs) return <OriginalBreadcrumbs />;
  const register = REGISTERS.find((r) => metadata.permalink.startsWith(`${r.path}/`));
  if (!register) return null;
  return (
    <nav className="theme-doc-breadcrumbs kb-breadcrumbs" aria-label="Breadcrumbs">
      <ul className="breadcrumbs">
        <li className="breadcrumbs__item">
          <Link className="breadcrumbs__link" to={register.path}>
            {register.label}
          </Link>
        </li>
        <li className="breadcrumbs__item breadcrumbs__item--active">
          <span className="breadcrumbs__link" aria-current="page">
            {currentLabel(register.path, metadata.title)}
          </span>
        </li>
      </ul>
    </nav>
  );
}
