/**
 * The version of the assessment engine, stored with every result. Bump the major version when the same
 * model, facts and answers could give a different result (scoring, rule semantics, expression language),
 * the minor version when results only gain fields.
 */
export const assessmentEngineVersion = '1.0.0';
