import { parse as parseYaml } from 'yaml';
import { DomainError } from '../errors.ts';
import { AssessmentModel, type Indicator, type Scale } from './assessment-model.ts';
import { compileExpression } from './expression.ts';
import { invalidInput, type InputIssue } from './input-issue.ts';

/**
 * Validates an assessment model: its shape (the schema), then what the schema cannot see: unique ids,
 * levels, scales, sources and derived names that exist, and expressions that compile. Throws a
 * `DomainError('invalid_input')` whose `details.issues` lists every problem with its path.
 */
export function parseModel(input: unknown): AssessmentModel {
  const parsed = AssessmentModel.safeParse(input);
  const issues: InputIssue[] = parsed.success
    ? modelProblems(parsed.data)
    : parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      }));
  if (issues.length === 0 && parsed.success) return parsed.data;
  const id = (input as { id?: unknown } | null)?.id;
  throw invalidInput(typeof id === 'string' ? `assessment model ${id}` : 'assessment model', issues);
}

/** Reads a model from YAML (or JSON) text and validates it with {@link parseModel}. */
export function readModelText(text: string): AssessmentModel {
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 50 });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DomainError('invalid_input', `the model file is not valid YAML: ${reason}`);
  }
  return parseModel(data);
}

function modelProblems(model: AssessmentModel): InputIssue[] {
  const issues: InputIssue[] = [];
  const problem = (path: (string | number)[], message: string) =>
    issues.push({ path: path.join('.'), message });
  const sources = new Set(model.sources.map((source) => source.id));
  duplicates(
    model.sources.map((source) => source.id),
    (index, id) => problem(['sources', index, 'id'], `the source id "${id}" is used twice`),
  );
  for (const [name, scale] of Object.entries(model.scales)) scaleProblems(scale, ['scales', name], problem);

  const derived = new Set<string>();
  const expression = (path: (string | number)[], text: string) => {
    try {
      const compiled = compileExpression(text);
      for (const read of compiled.reads) {
        const [root, name] = read.split('.');
        if (root === 'derived' && (name === undefined || !derived.has(name)))
          problem(path, `reads "${read}", which no earlier entry of derive defines`);
      }
    } catch (error) {
      problem(path, error instanceof Error ? error.message : String(error));
    }
  };
  for (const [name, text] of Object.entries(model.derive)) {
    expression(['derive', name], text);
    derived.add(name);
  }

  const seen = { groups: new Set<string>(), indicators: new Set<string>(), questions: new Set<string>() };
  const recommendations = new Set<string>();
  model.groups.forEach((group, g) => {
    if (seen.groups.has(group.id)) problem(['groups', g, 'id'], `the group id "${group.id}" is used twice`);
    seen.groups.add(group.id);
    if (group.applies) expression(['groups', g, 'applies'], group.applies);
    group.indicators.forEach((indicator, i) => {
      const path = ['groups', g, 'indicators', i];
      if (seen.indicators.has(indicator.id))
        problem([...path, 'id'], `the indicator id "${indicator.id}" is used twice`);
      seen.indicators.add(indicator.id);
      indicatorProblems(indicator, path, model.scales[indicator.scale], {
        problem,
        expression,
        sources,
        questions: seen.questions,
        recommendations,
      });
    });
  });
  return issues;
}

interface Checks {
  problem: (path: (string | number)[], message: string) => void;
  expression: (path: (string | number)[], text: string) => void;
  sources: Set<string>;
  questions: Set<string>;
  recommendations: Set<string>;
}

function indicatorProblems(
  indicator: Indicator,
  path: (string | number)[],
  scale: Scale | undefined,
  checks: Checks,
): void {
  const { problem, expression } = checks;
  if (!scale) problem([...path, 'scale'], `no scale "${indicator.scale}" in scales`);
  const levels = new Set(scale?.levels.map((level) => level.id));
  const level = (where: (string | number)[], id: string | undefined) => {
    if (scale && id !== undefined && !levels.has(id))
      problem(where, `no level "${id}" in scale "${indicator.scale}"`);
  };
  indicator.frameworks.forEach((id, index) => {
    if (!checks.sources.has(id)) problem([...path, 'frameworks', index], `no source "${id}" in sources`);
  });
  if (indicator.applies) expression([...path, 'applies'], indicator.applies);
  indicator.weightRules.forEach((rule, index) =>
    expression([...path, 'weightRules', index, 'when'], rule.when),
  );
  for (const list of ['evidence', 'answerRules'] as const) {
    indicator[list].forEach((rule, index) => {
      expression([...path, list, index, 'when'], rule.when);
      level([...path, list, index, 'level'], rule.level);
    });
  }
  indicator.questions.forEach((question, q) => {
    const where = [...path, 'questions', q];
    if (checks.questions.has(question.id))
      problem([...where, 'id'], `the question id "${question.id}" is used twice`);
    checks.questions.add(question.id);
    if (question.prefill) expression([...where, 'prefill'], question.prefill);
    const choice = question.type === 'single' || question.type === 'multiple';
    if (choice && !question.options)
      problem([...where, 'options'], `a ${question.type}-choice question needs options`);
    if (!choice && question.options) problem([...where, 'options'], `only choice questions have options`);
    for (const key of ['yes', 'no'] as const) {
      if (question[key] !== undefined && question.type !== 'boolean')
        problem([...where, key], `only boolean questions map ${key} to a level`);
      level([...where, key], question[key]);
    }
    duplicates(question.options?.map((option) => option.id) ?? [], (index, id) =>
      problem([...where, 'options', index, 'id'], `the option id "${id}" is used twice`),
    );
    question.options?.forEach((option, o) => level([...where, 'options', o, 'level'], option.level));
  });
  indicator.recommendations.forEach((recommendation, r) => {
    const where = [...path, 'recommendations', r];
    if (checks.recommendations.has(recommendation.id))
      problem([...where, 'id'], `the recommendation id "${recommendation.id}" is used twice`);
    checks.recommendations.add(recommendation.id);
    recommendation.levels.forEach((id, index) => level([...where, 'levels', index], id));
    recommendation.citations.forEach((citation, c) => {
      if (!checks.sources.has(citation.source))
        problem([...where, 'citations', c, 'source'], `no source "${citation.source}" in sources`);
    });
  });
}

function scaleProblems(
  scale: Scale,
  path: (string | number)[],
  problem: (path: (string | number)[], message: string) => void,
): void {
  duplicates(
    scale.levels.map((level) => level.id),
    (index, id) => problem([...path, 'levels', index, 'id'], `the level id "${id}" is used twice`),
  );
  if (!scale.levels.some((level) => level.score !== null && level.score > 0))
    problem([...path, 'levels'], 'at least one level needs a score above 0');
  if (scale.unknownLevel !== undefined) {
    const level = scale.levels.find((candidate) => candidate.id === scale.unknownLevel);
    if (!level) problem([...path, 'unknownLevel'], `no level "${scale.unknownLevel}" in this scale`);
    else if (level.score !== null)
      problem([...path, 'unknownLevel'], 'the unknown level must have score: null');
  }
}

function duplicates(ids: string[], report: (index: number, id: string) => void): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) report(index, id);
    seen.add(id);
  });
}
