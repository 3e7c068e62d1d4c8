/**
 * The edition of the guidance an assessment is made under, shown on the file note and written
 * into exports. The one place it is derived: a site that configures editions sets
 * `customFields.guidanceEdition` (or replaces this function); otherwise the build date stands in.
 */
export function guidanceEdition(customFields: Record<string, unknown> | undefined, builtOn: string): string {
  const configured = customFields?.guidanceEdition;
  if (typeof configured === 'string' && configured.trim()) return configured.trim();
  return `Guidance as built on ${builtOn}`;
}
