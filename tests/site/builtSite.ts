import fs from 'node:fs';
import path from 'node:path';
import {load, type CheerioAPI} from 'cheerio';

import {BUILD_DIR} from '../../scripts/browser/localSite';

/** The production build the site tests read; `tests/globalSetup.ts` makes it once per run. */
export {BUILD_DIR};

/** The HTML file Docusaurus writes for a route (trailingSlash: false → `/a/b` is `a/b.html`). */
export function htmlFileOf(route: string): string {
  const clean = route.split(/[?#]/)[0].replace(/\/$/, '');
  return clean === '' ? path.join(BUILD_DIR, 'index.html') : path.join(BUILD_DIR, `${clean}.html`);
}

export function page(route: string): CheerioAPI {
  return load(fs.readFileSync(htmlFileOf(route), 'utf8'));
}

export function readJson<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(BUILD_DIR, name), 'utf8')) as T;
}

/** Every HTML page of the built site, as routes. */
export function allRoutes(): string[] {
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'assets') walk(full);
      } else if (entry.name.endsWith('.html') && entry.name !== '404.html') {
        const relative = path.relative(BUILD_DIR, full).replace(/\.html$/, '');
        routes.push(relative === 'index' ? '/' : `/${relative}`);
      }
    }
  };
  walk(BUILD_DIR);
  return routes.sort();
}
