import type {PluginOptions} from '@docusaurus/plugin-content-docs';

/** Sidebar labels carry the chapter number from front matter: "5. Applying end-use …". */
export const numberedChapters: PluginOptions['sidebarItemsGenerator'] = async ({defaultSidebarItemsGenerator, ...args}) => {
  const items = await defaultSidebarItemsGenerator(args);
  return items.map((item) => {
    if (item.type !== 'doc') return item;
    const doc = args.docs.find((d) => d.id === item.id);
    const chapter = doc?.frontMatter.chapter;
    return doc && typeof chapter === 'number' ? {...item, label: `${chapter}. ${doc.title}`} : item;
  });
};
