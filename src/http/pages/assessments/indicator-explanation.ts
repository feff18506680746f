import { html } from 'hono/html';
import type { Explanation, FactRead, IndicatorResult } from '../../../core/assessment/assessment-result.ts';
import { localize } from '../../../core/assessment/localized-text.ts';
import type { Translator } from '../../../i18n/translate.ts';
import {
  explainIndicator,
  explanationReason,
  formatAnswer,
  formatReadValue,
  readSources,
} from '../../../report/assessment/explain-indicator.ts';
import type { ModelLabels } from '../../../report/assessment/model-labels.ts';
import { safeLink } from '../safe-link.ts';

/**
 * What produced an indicator's level, in full: the reason in words, every fact or answer the deciding
 * rules read (with the files and lines of scan facts), the rules ruled out or left undecided, the
 * evidence an answer overrode, the answers given and the frameworks the indicator comes from.
 */
export function indicatorExplanation(t: Translator, labels: ModelLabels, indicator: IndicatorResult) {
  const definition = labels.indicatorOf(indicator.id);
  const answers = Object.entries(indicator.answers);
  return html`<div class="explanation">
    ${definition?.description ? html`<p class="muted">${localize(definition.description, t.language)}</p>` : ''}
    <p>${explainIndicator(indicator, labels, t)}</p>
    ${indicator.explanation ? explanationDetails(t, indicator.explanation) : ''}
    ${
      indicator.overriddenEvidence
        ? html`<p>
            ${t.t('assessments.overriddenEvidence', {
              level: labels.level(indicator.id, indicator.overriddenEvidence.level),
              reason: explanationReason(indicator, indicator.overriddenEvidence, labels, t),
            })}
          </p>
          ${explanationDetails(t, indicator.overriddenEvidence)}`
        : ''
    }
    ${
      indicator.undecided.length > 0
        ? html`<p>${t.t('assessments.undecided')}</p>
          <ul>
            ${indicator.undecided.map(
              (rule) =>
                html`<li>
                  <code>${rule.rule}</code> → ${labels.level(indicator.id, rule.level)}
                  ${rule.missing.length > 0 ? html`<span class="muted">(${t.t('assessments.missing', { facts: rule.missing.join(', ') })})</span>` : ''}
                </li>`,
            )}
          </ul>`
        : ''
    }
    ${
      answers.length > 0
        ? html`<p>${t.t('assessments.answersGiven')}</p>
          <ul>
            ${answers.map(([id, answer]) => {
              const question = labels.questionOf(id);
              return html`<li>
                ${question ? localize(question.text, t.language) : id}
                <strong>${formatAnswer(question, answer.value, labels, t)}</strong>
                ${answer.evidence ? html` · ${safeLink(answer.evidence, t.t('assessments.evidenceLink'))}` : ''}
                ${answer.note ? html`<br /><span class="muted">${answer.note}</span>` : ''}
              </li>`;
            })}
          </ul>`
        : ''
    }
    ${
      indicator.frameworks.length > 0
        ? html`<p class="muted">
            ${t.t('assessments.frameworks', { frameworks: indicator.frameworks.map((id) => labels.source(id)).join('; ') })}
          </p>`
        : ''
    }
  </div>`;
}

/** The deciding rule, what it read and the rules it ruled out. */
function explanationDetails(t: Translator, explanation: Explanation) {
  return html`${explanation.rule ? html`<p class="rule"><code>${explanation.rule}</code></p>` : ''}
  ${
    explanation.reads.length > 0
      ? html`<ul class="reads">
          ${explanation.reads.map((read) => readItem(t, read))}
        </ul>`
      : ''
  }
  ${
    explanation.ruledOut && explanation.ruledOut.length > 0
      ? html`<p class="muted">${t.t('assessments.ruledOut')}</p>
        <ul class="reads">
          ${explanation.ruledOut.map((rule) => html`<li><code>${rule.rule}</code></li>`)}
        </ul>`
      : ''
  }`;
}

function readItem(t: Translator, read: FactRead) {
  const sources = readSources(read);
  return html`<li>
    <code>${read.path}</code> = ${formatReadValue(read, t)}
    ${sources.length > 0 ? html`<span class="muted">(${sources.slice(0, 5).join(', ')})</span>` : ''}
    ${read.answerEvidence ? html` · ${safeLink(read.answerEvidence, t.t('assessments.evidenceLink'))}` : ''}
  </li>`;
}
