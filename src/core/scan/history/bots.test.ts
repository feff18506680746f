import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBot } from './bots.ts';

test('GitHub App accounts, tools and "bot" names are bots', () => {
  const bots = [
    { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' },
    { name: 'Dependabot', email: 'support@dependabot.com' },
    { name: 'renovate[bot]', email: '29139614+renovate[bot]@users.noreply.github.com' },
    { name: 'Renovate Bot', email: 'bot@renovateapp.com' },
    { name: 'github-actions', email: '41898282+github-actions[bot]@users.noreply.github.com' },
    { name: 'GitHub Action', email: 'action@github.com' },
    { name: 'pre-commit-ci[bot]', email: '66853113+pre-commit-ci[bot]@users.noreply.github.com' },
    { name: 'Snyk bot', email: 'snyk-bot@snyk.io' },
    { name: 'Hosted Weblate', email: 'hosted@weblate.org' },
    { name: 'Release', email: 'release-bot@example.org' },
    { name: 'ci', email: 'ci.bot@example.org' },
  ];
  for (const bot of bots) assert.ok(isBot(bot), `${bot.name} <${bot.email}>`);
});

test('people are not bots, even with "bot" inside a word', () => {
  const people = [
    { name: 'Ada Lovelace', email: 'ada@example.org' },
    { name: 'Anna Abbot', email: 'abbot@example.org' },
    { name: 'Robotics Lab', email: 'robot@example.org' },
    { name: 'Bottomley', email: 'bottomley@example.org' },
    { name: 'Octocat', email: '583231+octocat@users.noreply.github.com' },
    { name: '', email: '' },
  ];
  for (const person of people) assert.ok(!isBot(person), `${person.name} <${person.email}>`);
});
