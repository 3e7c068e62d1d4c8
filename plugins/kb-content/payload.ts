import type {Data} from 'mdast';

/**
 * Remark plugins hand structured data to theme components through a single JSON `payload`
 * property on a custom element (`kbrecommendation`, `kbterm` …), which MDX maps to the
 * components registered in src/theme/MDXComponents.tsx.
 */
export function componentData(component: string, payload: unknown): Data {
  return {hName: component, hProperties: {payload: JSON.stringify(payload)}};
}
