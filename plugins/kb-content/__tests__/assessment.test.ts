import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadKnowledgeBaseUncached} from '../loadKnowledgeBase';
import {errorOf, FIXTURE_SITE, fixtureWith} from './fixtureSite';

const CHECKLIST = 'assessment/checklist.yml';
const FLAGS = 'assessment/red-flags.yml';

/** The fixture with replacements made in the given files; each must apply. */
const failure = (edits: Record<string, [from: string | RegExp, to: string][]>) => {
  const dir = fixtureWith(
    Object.fromEntries(
      Object.entries(edits).map(([file, changes]) => [
        file,
        (text: string) =>
          changes.reduce((current, [from, to]) => {
            const next = current.replace(from, to);
            if (next === current) throw new Error(`fixture edit did not apply: ${from}`);
            return next;
          }, text),
      ]),
    ),
  );
  return errorOf(dir, () => loadKnowledgeBaseUncached(dir)).replace(/<site>\//g, '');
};

describe('the assessment checklist', () => {
  it('parses questions with their answers, references and rules, and resolves entries in any spelling', () => {
    const {kb} = loadKnowledgeBaseUncached(FIXTURE_SITE);
    const [group] = kb.assessment.groups;
    expect(group.questions.map((q) => q.id)).toEqual(['USR-01', 'USR-02', 'USR-03']);
    expect(group.questions[0]).toMatchObject({
      group: 'end-user',
      answer: 'yes-no-unknown',
      choices: [{value: 'yes'}, {value: 'no'}, {value: 'unknown'}],
      sections: ['end-use-controls#checking-end-users'],
      raises: [{when: ['no', 'unknown'], flag: 'unnamed-agency'}],
    });
    // "Art. 5" is an alias; a record without a number is named by its slug.
    expect(group.questions[1].applies).toEqual([{when: ['misuse'], entries: ['eu-cyber-surveillance-catch-all', 'intrusion-software-systems']}]);
    expect(group.questions[2].choices).toEqual([]);
    expect(kb.assessment.flags.map((f) => f.id)).toEqual(['unnamed-agency', 'reported-misuse']);
    expect(kb.assessment.flags[1].sources).toEqual([{title: 'A fixture report', url: 'https://example.org/report'}]);
  });

  it('reports every mistake at once, each with file, line and fix', () => {
    const message = failure({
      [CHECKLIST]: [
        ['sections: [end-use-controls#checking-end-users]\n    questions', 'sections: [end-use-controls#checking-end-user]\n    questions'],
        ['recommendations: [R5.1]\n        raises:\n          - when: [no, unknown]', 'recommendations: [R5.2]\n        raises:\n          - when: [no, maybe]'],
        ['flag: reported-misuse', 'flag: reported-misuses'],
        ['entries: [Art. 5, intrusion-software-systems]', 'entries: [4A099]'],
        ['id: USR-03', 'id: USR-02'],
        [/ +guidance: Note the law it cites.\n/, ''],
      ],
    });
    expect(message).toBe(
      [
        '8 problems in content:',
        '',
        `${CHECKLIST}:5: unknown guide section "end-use-controls#checking-end-user" in group "end-user"\n  Fix: write \`<chapter id>#<heading anchor>\`, e.g. end-use-controls#checking-end-users or end-use-controls#recommendations`,
        '',
        `${CHECKLIST}:14: question "USR-01" has no answer "maybe"\n  Fix: use one of: yes, no, unknown`,
        '',
        `${CHECKLIST}:12: recommendation R5.2 in question "USR-01" is withdrawn\n  Fix: use its successor, R5.1`,
        '',
        `${CHECKLIST}:26: question "USR-02" raises unknown red flag "reported-misuses"\n  Fix: use an ID from red-flags.yml: reported-misuse, unnamed-agency`,
        '',
        `${CHECKLIST}:29: unknown control entry "4A099" in question "USR-02"\n  Fix: use an entry number, an alias or a record slug from content/controls/; nearest: 4A005, 4E001.a, 4E001.c`,
        '',
        `${CHECKLIST}:30: duplicate question ID "USR-02" (first used at line 16)\n  Fix: give this question the next free ID of its group; never reuse one`,
        '',
        `${CHECKLIST}:30: question "USR-02" has no \`guidance\`\n  Fix: add \`guidance:\`: what to check and where to look, in your own words`,
        '',
        `${FLAGS}:8: red flag "reported-misuse" is raised by no question\n  Fix: add \`raises: [{when: [yes], flag: reported-misuse}]\` to the question in checklist.yml that detects it, or remove the flag`,
      ].join('\n'),
    );
  });

  it('rejects a duplicate flag ID, a flag traceable to nothing and a flag without guidance', () => {
    expect(failure({[FLAGS]: [['id: reported-misuse', 'id: unnamed-agency'], [/    sources:\n.*\n/, ''], ['    guidance: The buyer has been reported to misuse such tools.\n', '']]})).toBe(
      [
        '4 problems in content:',
        '',
        `${FLAGS}:8: duplicate red flag ID "unnamed-agency" (first used at line 2)\n  Fix: give this flag its own new ID; never reuse one`,
        '',
        `${FLAGS}:8: red flag "unnamed-agency" has no \`guidance\`\n  Fix: add \`guidance:\` saying what the sign is and what to ask for`,
        '',
        `${FLAGS}:8: red flag "unnamed-agency" is not traceable to the guide\n  Fix: add the \`sections\`, \`recommendations\`, \`precedents\` or \`sources\` it rests on`,
        '',
        // The renamed flag no longer exists for the question that raised it.
        `${CHECKLIST}:26: question "USR-02" raises unknown red flag "reported-misuse"\n  Fix: use an ID from red-flags.yml: unnamed-agency`,
      ].join('\n'),
    );
  });

  it('rejects choices on a yes/no question, rules on a free-text one and an unknown answer type', () => {
    expect(
      failure({
        [CHECKLIST]: [
          ['answer: yes-no-unknown', 'answer: yes-no-unknown\n        choices: [{value: a, label: A}]'],
          ['answer: text', 'answer: text\n        raises: [{when: [yes], flag: unnamed-agency}]'],
          ['answer: choice', 'answer: pick-one'],
        ],
      }),
    ).toMatch(/question "USR-01" lists choices but its answer is yes-no-unknown[\s\S]*question "USR-02" has answer type "pick-one"\n  Fix: use one of: yes-no-unknown, choice, text[\s\S]*question "USR-03" has a free-text answer, which cannot trigger a rule/);
  });

  it('rejects two groups with one ID', () => {
    const again = 'groups:\n  - id: end-user\n    title: Again\n    summary: s\n    sections: [end-use-controls#checking-end-users]\n    questions:\n      - id: USR-09\n        question: q?\n        guidance: g\n        answer: text\n        recommendations: [R5.1]\n';
    expect(failure({[CHECKLIST]: [['groups:\n', again]]})).toBe(`${CHECKLIST}:12: duplicate group ID "end-user"\n  Fix: give each group its own ID`);
  });

  it('checks the unknown precedent of a flag and reports a missing checklist file', () => {
    expect(failure({[FLAGS]: [['precedents: [it-2016-fixture-revocation]', 'precedents: [it-2016-nowhere]']]})).toBe(
      `${FLAGS}:7: unknown precedent "it-2016-nowhere" in red flag "unnamed-agency"\n  Fix: use the file name of a record in content/precedents/ (without .md)`,
    );
    const dir = fixtureWith();
    fs.rmSync(path.join(dir, CHECKLIST));
    expect(errorOf(dir, () => loadKnowledgeBaseUncached(dir)).replace(/<site>\//g, '')).toBe(`${CHECKLIST}:1: content/assessment/ has no checklist.yml\n  Fix: add checklist.yml (see content/AUTHORING.md, "The assessment checklist")`);
  });

  it('validates the real checklist: at least 30 questions and 20 red flags, each traceable, each flag raised by some question', () => {
    const {kb} = loadKnowledgeBaseUncached(path.resolve(__dirname, '../../../content'));
    const questions = kb.assessment.groups.flatMap((g) => g.questions);
    expect(questions.length).toBeGreaterThanOrEqual(30);
    expect(kb.assessment.flags.length).toBeGreaterThanOrEqual(20);
    expect(kb.assessment.groups.map((g) => g.id)).toEqual(['item', 'end-user', 'human-rights', 'national-security', 'diversion', 'licence-conditions']);
    for (const q of questions) expect(q.sections.length + q.recommendations.length, q.id).toBeGreaterThan(0);
  });
});
