/** Reads the JSON `payload` a remark plugin attached to a custom element. */
export function readPayload<T>(props: {payload?: string}): T {
  return JSON.parse(props.payload ?? '{}') as T;
}
