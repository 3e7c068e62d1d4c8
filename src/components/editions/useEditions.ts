import {usePluginData} from '@docusaurus/useGlobalData';
import type {Edition} from '@site/plugins/kb-content/types';

/** Published editions, oldest first (content/editions.yml); the last is the current one. */
export function useEditions(): Edition[] {
  return (usePluginData('kb-content') as {editions?: Edition[]}).editions ?? [];
}
