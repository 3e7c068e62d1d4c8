import {describe, expect, it} from 'vitest';
import {loadKnowledgeBaseUncached} from '../loadKnowledgeBase';
import {FIXTURE_SITE} from './fixtureSite';

describe('"Cited by" lists', () => {
  const {kb} = loadKnowledgeBaseUncached(FIXTURE_SITE);

  it('credits the chapter section, the recommendation and the precedent that mention an entry', () => {
    expect(kb.citedBy['intrusion-software-systems']).toEqual([
      {kind: 'section', id: 'end-use-controls#checking-end-users', title: 'End-use controls › Checking end users', url: '/guide/end-use-controls#checking-end-users'},
      {kind: 'recommendation', id: 'R5.1', title: 'R5.1 Check the end user', url: '/guide/end-use-controls#r5-1'},
      {kind: 'precedent', id: 'it-2016-fixture-revocation', title: 'Fixture revocation', url: '/precedents/it-2016-fixture-revocation'},
    ]);
  });

  it('credits a recommendation for the entries in its tags', () => {
    expect(kb.citedBy['intrusion-software-technology'].map((c) => c.id)).toEqual(['R5.1']);
  });

  it('does not list an entry as citing itself', () => {
    expect(kb.citedBy['eu-cyber-surveillance-catch-all']).toEqual([]);
  });
});
