import type { AssessmentModel } from './assessment-model.ts';

const productFacts = /\b(?:record|scan)\./;

/**
 * Whether a model judges catalogue products: some rule, condition, weight rule, derived value or
 * suggested answer of it reads the product's record or its scan (`record.…`, `scan.…`). Country and
 * capacity models read other facts, so a product is never assessed with them.
 */
export function assessesProducts(model: AssessmentModel): boolean {
  const expressions = [
    ...Object.values(model.derive),
    ...model.groups.flatMap((group) => [
      group.applies ?? '',
      ...group.indicators.flatMap((indicator) => [
        indicator.applies ?? '',
        ...indicator.evidence.map((rule) => rule.when),
        ...indicator.answerRules.map((rule) => rule.when),
        ...indicator.weightRules.map((rule) => rule.when),
        ...indicator.questions.map((question) => question.prefill ?? ''),
      ]),
    ]),
  ];
  return expressions.some((expression) => productFacts.test(expression));
}
