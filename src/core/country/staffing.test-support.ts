import type { Answers } from '../assessment/answers.ts';
import { assess } from '../assessment/assess.ts';
import type { AssessmentResult } from '../assessment/assessment-result.ts';
import { text, testOptions } from '../assessment/model.test-support.ts';
import { parseModel } from '../assessment/parse-model.ts';
import { StaffingRoles } from './staffing-proposal.ts';

/** The roles of a small capacity-needs model for tests, with their competencies. */
export const testRoles: Record<string, string[]> = {
  lead: ['vision', 'policy'],
  ops: ['run', 'secure', 'connect'],
  legal: ['licences'],
};

/** The answer options of every competency question, from none (0) to expert (3). */
export const options = ['nobody', 'some', 'most', 'all'] as const;
const levels = ['none', 'basic', 'working', 'expert'] as const;

/**
 * A capacity-needs model shaped like the shipped one: one group per role of {@link testRoles}, one
 * single-choice question per competency (same id) on the none–expert proficiency scale.
 */
export const capacityModel = parseModel({
  id: 'capacity-needs',
  version: 1,
  title: text('Capacity needs'),
  description: text('Capacity needs for tests'),
  sources: [{ id: 'framework', kind: 'seed', title: 'Framework', path: 'seeds/framework.txt' }],
  scales: {
    proficiency: {
      levels: [
        ...levels.map((id, score) => ({ id, label: text(id), score })),
        { id: 'not-assessed', label: text('Not assessed'), score: null },
      ],
      unknownLevel: 'not-assessed',
    },
  },
  groups: Object.entries(testRoles).map(([role, competencies]) => ({
    id: role,
    title: text(role),
    indicators: competencies.map((competency) => ({
      id: competency,
      title: text(competency),
      scale: 'proficiency',
      questions: [
        {
          id: competency,
          type: 'single',
          text: text(`How many know ${competency}?`),
          options: options.map((option, index) => ({
            id: option,
            label: text(option),
            level: levels[index],
          })),
        },
      ],
    })),
  })),
});

/** The engine's result for answers given as a level index (0 none … 3 expert) per competency. */
export function capacityResult(answered: Record<string, number | undefined>): AssessmentResult {
  const answers: Answers = {};
  for (const [competency, level] of Object.entries(answered))
    if (level !== undefined) answers[competency] = { value: options[level]! };
  return assess(capacityModel, {}, answers, testOptions);
}

/** A staffing file for {@link testRoles}: two scales, one part-time role and two dedicated posts. */
export const testStaffing = StaffingRoles.parse({
  scales: ['small', 'large'].map((id) => ({ id, label: text(id), description: text(`A ${id} programme`) })),
  roles: [
    { id: 'lead', fte: { small: 0.5, large: 1 }, perAdditionalProduct: 0.25, partTime: true },
    { id: 'ops', fte: { small: 2, large: 4 }, perAdditionalProduct: 1.5, partTime: false },
    { id: 'legal', fte: { small: 1, large: 1 }, partTime: false },
  ].map((role) => ({ ...role, description: text(`The ${role.id} role`), sections: ['Roles table'] })),
});
