import { type CostLine, lineAmount } from './cost-line.ts';
import { optionNpv } from './option-costs.ts';
import type { Scenario } from './scenario.ts';

/** One bar of a tornado: an option's NPV with one ranged line at its low and at its high. */
export interface TornadoBar {
  optionId: string;
  lineIndex: number;
  label: string;
  npvLow: number;
  npvHigh: number;
  /** npvHigh − npvLow. */
  swing: number;
}

/**
 * Tornado ranking: for each ranged line, the NPV of its option with that line at low and at high and
 * every other line at its likely amount; bars ordered by the size of the swing, largest first (ties keep
 * the scenario's order).
 */
export function tornado(scenario: Scenario): TornadoBar[] {
  const bars: TornadoBar[] = [];
  for (const option of scenario.options) {
    option.lines.forEach((line, lineIndex) => {
      const range = line.range;
      if (!range) return;
      const at = (value: number) => (other: CostLine, index: number) =>
        index === lineIndex ? value : lineAmount(other);
      const npvLow = optionNpv(scenario, option, at(range.low));
      const npvHigh = optionNpv(scenario, option, at(range.high));
      bars.push({
        optionId: option.id,
        lineIndex,
        label: line.label,
        npvLow,
        npvHigh,
        swing: npvHigh - npvLow,
      });
    });
  }
  return bars.sort((a, b) => Math.abs(b.swing) - Math.abs(a.swing));
}
