import type { AssessmentModelInput } from './assessment-model.ts';
import type { AssessOptions } from './assess.ts';

/** A text in both required languages. */
export const text = (en: string) => ({ en, fr: `${en} (fr)` });

/** A digest for tests: the canonical JSON's length and first characters, enough to tell inputs apart. */
export const testOptions: AssessOptions = { digest: (json) => `test:${json.length}:${json.slice(0, 40)}` };

/**
 * A small valid model: one group with a scan-based indicator (`readme`), a question-only indicator
 * (`review`, yes → high) and a software-only indicator (`tests`), on a 0–3 scale.
 */
export function testModel(): AssessmentModelInput {
  return {
    id: 'test-model',
    version: 1,
    title: text('Test model'),
    description: text('A model for tests'),
    sources: [{ id: 'test-source', kind: 'framework', title: 'Test framework' }],
    scales: {
      maturity: {
        levels: [
          { id: 'absent', label: text('Absent'), score: 0 },
          { id: 'low', label: text('Low'), score: 1 },
          { id: 'medium', label: text('Medium'), score: 2 },
          { id: 'high', label: text('High'), score: 3 },
        ],
      },
    },
    groups: [
      {
        id: 'quality',
        title: text('Quality'),
        indicators: [
          {
            id: 'readme',
            title: text('README'),
            frameworks: ['test-source'],
            scale: 'maturity',
            evidence: [
              { when: 'scan.hygiene.readme|found', level: 'high', because: text('A README') },
              { when: 'scan.hygiene.readme|found == false', level: 'absent' },
            ],
            questions: [
              { id: 'hasReadme', type: 'boolean', text: text('A README?'), yes: 'high', no: 'absent' },
              { id: 'projectPage', type: 'url', text: text('Project page?'), prefill: 'record.website' },
            ],
            recommendations: [
              {
                id: 'write-readme',
                levels: ['absent', 'low'],
                priority: 'high',
                effort: 'small',
                text: text('Write a README'),
                citations: [{ source: 'test-source', section: 'README' }],
              },
            ],
          },
          {
            id: 'review',
            title: text('Review'),
            scale: 'maturity',
            weight: 2,
            questions: [
              { id: 'reviewed', type: 'boolean', text: text('Reviewed?'), yes: 'high', no: 'absent' },
              {
                id: 'reviewShare',
                type: 'single',
                text: text('How much?'),
                options: [
                  { id: 'none', label: text('None'), level: 'absent' },
                  { id: 'some', label: text('Some'), level: 'low' },
                  { id: 'all', label: text('All'), level: 'high' },
                ],
              },
            ],
            recommendations: [
              {
                id: 'review-changes',
                levels: ['absent'],
                priority: 'critical',
                effort: 'large',
                text: text('Review changes'),
                citations: [{ source: 'test-source' }],
              },
            ],
          },
          {
            id: 'tests',
            title: text('Tests'),
            scale: 'maturity',
            applies: "'software' in record.types",
            evidence: [{ when: 'scan.engineering.testRatio|value > 0', level: 'medium' }],
          },
        ],
      },
    ],
  };
}
