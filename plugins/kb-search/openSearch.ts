/** An OpenSearch description, so browsers can search the site from the address bar. */
export function openSearchDescription(siteUrl: string, title: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const base = siteUrl.replace(/\/$/, '');
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escape(title.slice(0, 16))}</ShortName>
  <Description>${escape(title)}: guidance, control-list entries and precedents</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Url type="text/html" method="get" template="${escape(base)}/search?q={searchTerms}"/>
</OpenSearchDescription>
`;
}
