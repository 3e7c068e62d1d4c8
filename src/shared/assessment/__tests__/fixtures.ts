import type {AssessmentChecklist} from '../types';
import {emptyWorksheet, type Worksheet} from '../worksheet';

const yesNo = [
  {value: 'yes', label: 'Yes'},
  {value: 'no', label: 'No'},
  {value: 'unknown', label: 'Not known'},
];
const base = {sections: [] as string[], recommendations: [] as string[], raises: [], applies: []};

/** A small checklist: three groups, rules on yes/no and choice answers, one free-text question. */
export const CHECKLIST: AssessmentChecklist = {
  groups: [
    {
      id: 'item',
      title: 'The item',
      summary: '',
      sections: [],
      questions: [
        {...base, id: 'ITM-01', group: 'item', question: 'Covert surveillance item not listed?', guidance: 'g', answer: 'yes-no-unknown', choices: yesNo, sections: ['end-use-controls#european-union'], recommendations: ['R5.5'], applies: [{when: ['yes'], entries: ['eu-cyber-surveillance-catch-all']}]},
      ],
    },
    {
      id: 'end-user',
      title: 'The end user',
      summary: '',
      sections: [],
      questions: [
        {...base, id: 'USR-01', group: 'end-user', question: 'Agency named?', guidance: 'g', answer: 'yes-no-unknown', choices: yesNo, sections: ['end-use-controls#identifying-the-real-end-user'], recommendations: ['R5.2'], raises: [{when: ['no'], flag: 'unnamed'}]},
        {...base, id: 'USR-02', group: 'end-user', question: 'Screening?', guidance: 'g', answer: 'choice', choices: [{value: 'clear', label: 'Clear'}, {value: 'match', label: 'Match'}, {value: 'not-screened', label: 'Not screened'}], recommendations: ['R2.4'], raises: [{when: ['match'], flag: 'listed'}]},
        {...base, id: 'USR-03', group: 'end-user', question: 'Legal basis?', guidance: 'g', answer: 'text', choices: [], recommendations: ['R5.1']},
      ],
    },
    {
      id: 'human-rights',
      title: 'Human-rights risk',
      summary: '',
      sections: [],
      questions: [
        {...base, id: 'HR-01', group: 'human-rights', question: 'Reported misuse?', guidance: 'g', answer: 'yes-no-unknown', choices: yesNo, recommendations: ['R5.1'], raises: [{when: ['yes'], flag: 'misuse'}, {when: ['yes'], flag: 'unnamed'}], applies: [{when: ['yes'], entries: ['eu-cyber-surveillance-catch-all', 'intrusion-software-systems']}]},
      ],
    },
  ],
  flags: [
    {id: 'unnamed', title: 'No operating agency is named', guidance: 'g', sections: ['end-use-controls#identifying-the-real-end-user'], recommendations: ['R5.3'], precedents: [], sources: []},
    {id: 'listed', title: 'A party is listed', guidance: 'g', sections: [], recommendations: ['R2.4', 'R6.5'], precedents: [], sources: []},
    {id: 'misuse', title: 'Reported misuse', guidance: 'g', sections: ['end-use-controls#red-flags'], recommendations: ['R5.4'], precedents: [], sources: []},
  ],
};

export function worksheetWith(answers: Record<string, string>, entries: string[] = []): Worksheet {
  const worksheet = emptyWorksheet('a-test', '2026-12-02T10:00:00.000Z');
  worksheet.item.entries = entries;
  worksheet.answers = Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, {value, note: ''}]));
  return worksheet;
}
