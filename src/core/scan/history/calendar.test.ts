import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clampTime, daysBetween, isoTime, monthOf, twelveMonthsBefore, yearOf } from './calendar.ts';

const at = (iso: string) => Date.parse(iso) / 1000;

test('months, years and ISO times are UTC', () => {
  assert.equal(monthOf(at('2024-01-31T23:59:59Z')), '2024-01');
  assert.equal(yearOf(at('2023-12-31T23:59:59Z')), 2023);
  assert.equal(isoTime(at('2024-03-01T12:00:00Z')), '2024-03-01T12:00:00.000Z');
});

test('twelve months before keeps the day and time; 29 February falls on 1 March', () => {
  assert.equal(twelveMonthsBefore(at('2024-06-15T10:00:00Z')), at('2023-06-15T10:00:00Z'));
  assert.equal(twelveMonthsBefore(at('2024-02-29T00:00:00Z')), at('2023-03-01T00:00:00Z'));
});

test('absurd timestamps stay printable', () => {
  assert.equal(clampTime(Number.NaN), 0);
  assert.equal(isoTime(1e20), '9999-12-31T23:59:59.000Z');
  assert.equal(daysBetween(0, 86_400 * 2.5), 2);
});
