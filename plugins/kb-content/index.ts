import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import logger from '@docusaurus/logger';
import {assessPageData} from './assessPageData';
import {dataExports} from './dataExports';
import {newestLastUpdatedAt} from './lastUpdated';
import {numberRoutes} from './numberRoutes';
import {editionExports} from './editionExports';
import {changesUrl, compareUrl, editionChanges, itemChanges, recommendationVersions} from './changes';
import {FEED_FILE} from './feed';
import {parseRecommendationId, recommendationAnchor} from '../../src/shared/recommendationId';
import {displayPath} from './errors';
import {contentFiles, loadKnowledgeBase} from './loadKnowledgeBase';
import {DEFAULT_OPTIONS, type PluginOptions} from './options';
import {ROUTES} from './urls';
import {encodeAssignment} from '../../src/shared/assignment';
import {writeGeneratedFiles} from './writeGeneratedFiles';
import {contentSourceReport} from './contentSources';
import {formatTierSummary, tierReportJson} from './sourceTiers';
import type {KnowledgeBase} from './types';

export {validateOptions} from './options';

/** Our plugin sources (not their tests), whose output is baked into compiled pages. */
function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.parentPath.includes('__tests__'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The source-tier report (content/AUTHORING.md, "Sources"): a summary line and a warning per
 * unacknowledged mirror in the log, and the figures as `sources.json`. A site without the
 * tier file (a test fixture) has no report.
 */
function reportSources(contentDir: string): Record<string, string> {
  const sources = contentSourceReport(contentDir);
  if (!sources) return {};
  const {rules, report} = sources;
  logger.info(formatTierSummary(report, rules));
  for (const warning of report.warnings) logger.warn(`${displayPath(warning.file)}:${warning.line}: ${warning.message}`);
  return {'sources.json': tierReportJson(report, rules, contentDir)};
}

/**
 * Loads and validates all authored content, then emits what is derived from it: the register
 * and index pages, and the public data files. The remark plugins read the same parse.
 */
export default function kbContentPlugin(context: LoadContext, options: Partial<PluginOptions>): Plugin<KnowledgeBase> {
  const settings = {...DEFAULT_OPTIONS, ...options};
  const contentDir = path.resolve(context.siteDir, settings.contentDir);
  const generatedDir = path.resolve(context.siteDir, settings.generatedStaticDir);

  return {
    name: 'kb-content',

    getPathsToWatch() {
      return [...contentFiles(contentDir), path.join(contentDir, 'source-tiers.yml')];
    },

    // Each compiled page embeds data from other files (backlinks, titles, tags), which
    // webpack's per-file cache cannot see: tie the cache to the content as a whole.
    configureWebpack(config) {
      const hash = crypto.createHash('sha256');
      // Webpack cannot see the remark plugins' own code either (the config loads it via jiti).
      // package.json carries the browserslist targets that decide how code is transpiled.
      const packageJson = path.join(context.siteDir, 'package.json');
      for (const file of [...contentFiles(contentDir), ...sourceFiles(path.resolve(__dirname, '..')), packageJson]) hash.update(file).update(fs.readFileSync(file));
      if (config.cache && typeof config.cache === 'object' && 'version' in config.cache) {
        config.cache.version = `${config.cache.version ?? ''}-content-${hash.digest('hex').slice(0, 16)}`;
      }
      return {};
    },

    async loadContent() {
      const {kb, snapshots} = loadKnowledgeBase(contentDir, {maxFileKB: settings.maxFileKB});
      if (settings.warnUnknownMentions) {
        for (const warning of kb.warnings) logger.warn(`${displayPath(warning.file)}:${warning.line}: ${warning.message}`);
      }
      writeGeneratedFiles(generatedDir, {...dataExports(kb, context.siteConfig.url), ...reportSources(contentDir), ...editionExports(kb, snapshots, context.siteConfig.url, context.siteConfig.title)});
      return kb;
    },

    async contentLoaded({content: kb, actions}) {
      const {createData, addRoute, setGlobalData} = actions;
      const {snapshots} = loadKnowledgeBase(contentDir);
      // A register is as new as its newest record (git history, or a reviewed date in front matter).
      const vcs = context.siteConfig.future.experimental_vcs;
      const filesOf = (folder: string) => contentFiles(contentDir).filter((file) => file.startsWith(path.join(contentDir, folder) + path.sep));
      const lastUpdatedAt = async (folder: string) => newestLastUpdatedAt(filesOf(folder), vcs);
      const page = async (routePath: string, component: string, data: unknown) =>
        addRoute({
          path: routePath,
          component,
          exact: true,
          modules: {data: await createData(`${routePath.replace(/\W+/g, '-')}.json`, JSON.stringify(data))},
        });
      await page(ROUTES.recommendations, '@site/src/components/RecommendationsIndex', {
        lastUpdatedAt: await lastUpdatedAt('guide'),
        taxonomy: kb.taxonomy,
        chapters: kb.chapters.map(({id, chapter, title, url}) => ({id, chapter, title, url})),
        recommendations: kb.recommendations.map(({origin: _origin, ...rest}) => rest),
      });
      await page(ROUTES.controls, '@site/src/components/ControlsRegister', {
        lastUpdatedAt: await lastUpdatedAt('controls'),
        controls: kb.controls.map(({origin: _origin, text: _text, ...rest}) => ({...rest, citedBy: kb.citedBy[rest.slug].length})),
      });
      await page(ROUTES.precedents, '@site/src/components/PrecedentsRegister', {
        lastUpdatedAt: await lastUpdatedAt('precedents'),
        precedents: kb.precedents.map(({origin: _origin, text: _text, ...rest}) => rest),
        controls: kb.controls.map(({slug, title, entries}) => ({slug, title, entries})),
      });
      await page(ROUTES.glossary, '@site/src/components/GlossaryIndex', {
        lastUpdatedAt: await lastUpdatedAt('glossary'),
        terms: kb.glossary.map(({origin: _origin, text: _text, ...rest}) => rest).sort((a, b) => a.term.localeCompare(b.term)),
      });
      await page(ROUTES.training, '@site/src/components/training/TrainingIndex', {
        training: kb.training.map(({origin: _origin, ...rest}) => rest),
        chapters: kb.chapters.map(({id, chapter, title, url, readingMinutes}) => ({id, chapter, title, url, readingMinutes})),
        paths: kb.paths.map(({origin: _origin, ...path}) => ({
          ...path,
          items: path.items.map((item) => ({...item, ...kb.catalogue.find((c) => c.ref === item.ref)})),
          share: encodeAssignment({title: path.title, instructions: path.description, due: '', items: path.items.map((item) => item.ref), edition: kb.editions.at(-1)?.id}),
        })),
      });
      // Entry numbers and recommendation IDs as addresses: static redirects to the canonical page.
      // One data file per target: spellings differing only in case must not name two modules.
      const redirectData = new Map<string, string>();
      for (const route of numberRoutes(kb)) {
        if (!redirectData.has(route.to)) redirectData.set(route.to, await createData(`number-redirect-${redirectData.size}.json`, JSON.stringify({to: route.to, label: route.label})));
        addRoute({path: route.path, component: '@site/src/components/NumberRedirect', exact: true, modules: {data: redirectData.get(route.to)!}});
      }
      await page(`${ROUTES.training}/assign`, '@site/src/components/training/AssignmentBuilder', {catalogue: kb.catalogue});
      await page(`${ROUTES.training}/assignment`, '@site/src/components/training/AssignmentView', {catalogue: kb.catalogue, changes: itemChanges(kb)});
      const history = editionChanges(kb, snapshots);
      for (const selected of [undefined, ...kb.editions.map((e) => e.id)]) {
        await page(selected ? changesUrl(selected) : ROUTES.changes, '@site/src/components/editions/ChangesPage', {editions: history, selected: selected ?? kb.editions.at(-1)?.id, feed: `/${FEED_FILE}`});
      }
      const versions = recommendationVersions(kb, snapshots);
      for (const [id, list] of versions) {
        const anchor = recommendationAnchor(parseRecommendationId(id)!);
        const current = kb.recommendations.find((r) => r.id === id);
        await page(compareUrl(anchor), '@site/src/components/editions/ComparePage', {id, anchor, current: current && {title: current.title, url: current.url}, versions: list});
      }
      await page(ROUTES.assess, '@site/src/components/assess/AssessPage', assessPageData(kb, new Date().toISOString().slice(0, 10)));
      // Small enough for every page: what the navbar and the training tools need to name things.
      setGlobalData({
        taxonomy: kb.taxonomy,
        chapters: kb.chapters.map(({id, chapter, title, url, summary, readingMinutes}) => ({id, chapter, title, url, summary, readingMinutes})),
        // The chapters' tables of contents list their recommendations (src/theme/TOCItems).
        recommendations: kb.recommendations.map(({id, title, anchor, url}) => ({id, title, anchor, url})),
        editions: kb.editions,
      });
    },

    postBuild() {
      if (!context.siteConfig.customFields?.citationSiteUrl) {
        logger.warn(`SITE_URL is not set: data exports and the OpenSearch description name ${context.siteConfig.url}, and citations fall back to the address each reader is on. Fix: build with SITE_URL=https://your.intranet.host npm run build`);
      }
    },
  };
}
