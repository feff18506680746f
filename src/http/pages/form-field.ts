import { html } from 'hono/html';
/** What a person typed, by field name. */
export type FormValues = Record<string, string | undefined>;

/** What is wrong with each field, by field name. */
export type FieldErrors = Record<string, string | undefined>;

type Html = ReturnType<typeof html>;

/** The element id of a form field (`o0.l1.amount` → `field-o0-l1-amount`). */
export const fieldId = (name: string) => `field-${name.replace(/\./g, '-')}`;

/** How one control is drawn. */
export type Control =
  | {
      kind: 'text' | 'number' | 'email' | 'password';
      maxlength?: number;
      step?: string;
      min?: string;
      inputmode?: string;
      autocomplete?: string;
      required?: boolean;
    }
  | { kind: 'textarea'; rows?: number }
  | { kind: 'select'; choices: { value: string; label: string }[] }
  | { kind: 'checkbox' };

/** A labelled form control with its hint and its error, the person's value kept as typed. */
export function formField(
  name: string,
  label: string,
  control: Control,
  state: { values: FormValues; errors: FieldErrors },
  hint?: string,
): Html {
  const id = fieldId(name);
  const value = state.values[name] ?? '';
  const error = state.errors[name];
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const aria = html`${describedBy ? html` aria-describedby="${describedBy}"` : ''}${error ? html` aria-invalid="true"` : ''}`;
  const input =
    control.kind === 'textarea'
      ? html`<textarea id="${id}" name="${name}" rows="${control.rows ?? 3}"${aria}>${value}</textarea>`
      : control.kind === 'select'
        ? html`<select id="${id}" name="${name}"${aria}>
            ${control.choices.map(
              (choice) =>
                html`<option value="${choice.value}" ${choice.value === value ? 'selected' : ''}>
                  ${choice.label}
                </option>`,
            )}
          </select>`
        : control.kind === 'checkbox'
          ? html`<input id="${id}" name="${name}" type="checkbox" value="1" ${value ? 'checked' : ''}${aria} />`
          : html`<input
              id="${id}"
              name="${name}"
              type="${control.kind}"
              value="${value}"
              ${control.kind === 'number' ? html`step="${control.step ?? 'any'}"` : ''}
              ${control.min === undefined ? '' : html`min="${control.min}"`}
              ${control.maxlength === undefined ? '' : html`maxlength="${control.maxlength}"`}
              ${'autocomplete' in control && control.autocomplete ? html`autocomplete="${control.autocomplete}"` : ''}
              ${'required' in control && control.required ? 'required' : ''}
              ${aria}
            />`;
  return html`<div class="field${control.kind === 'checkbox' ? ' checkbox' : ''}${error ? ' has-error' : ''}">
    ${control.kind === 'checkbox' ? input : ''}
    <label for="${id}">${label}</label>
    ${control.kind === 'checkbox' ? '' : input}
    ${hint ? html`<p id="${id}-hint" class="hint">${hint}</p>` : ''}
    ${error ? html`<p id="${id}-error" class="field-error">${error}</p>` : ''}
  </div>`;
}
