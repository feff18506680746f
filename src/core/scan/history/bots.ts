import type { Identity } from './mailmap.ts';

/** Names of automated committers that carry no "bot" marker of their own. Compared lower-cased. */
const knownBotNames = new Set([
  'dependabot',
  'dependabot-preview',
  'renovate',
  'renovate-bot',
  'github-actions',
  'greenkeeper',
  'greenkeeperio-bot',
  'imgbot',
  'mergify',
  'pre-commit-ci',
  'allcontributors',
  'all-contributors',
  'semantic-release-bot',
  'release-please',
  'snyk-bot',
  'pyup-bot',
  'deepsource-autofix',
  'whitesource-bolt-for-github',
  'mend-bolt-for-github',
  'codecov-io',
  'hosted weblate',
  'transifex',
  'crowdin bot',
  'gitlab bot',
  'travis ci',
  'circleci',
  'auto-merge',
]);

/** Addresses of automated committers. */
const knownBotEmails = new Set([
  'action@github.com',
  'actions@github.com',
  'github-actions@github.com',
  'support@dependabot.com',
  'bot@renovateapp.com',
  'renovate@whitesourcesoftware.com',
  'hosted@weblate.org',
  'noreply@weblate.org',
  'support@greenkeeper.io',
  'imgbotapp@gmail.com',
  'noreply@mergify.io',
  'noreply@mergify.com',
]);

/** "[bot]" or "(bot)" at the end, or "bot" as the last word ("snyk-bot", "Release Bot", "ci.bot"). */
const botSuffix = /(?:\[bot\]|\(bot\)|(?:^|[\s._+-])bot)$/i;

/**
 * Whether a commit author is a bot: GitHub App accounts ("…[bot]", "…[bot]@users.noreply.github.com"),
 * names and addresses ending in "bot" as a separate word, and well-known tools (Dependabot, Renovate,
 * GitHub Actions, Greenkeeper, Weblate, …). Heuristic: a person called "Abbot" is not a bot.
 */
export function isBot(identity: Identity): boolean {
  const name = identity.name.trim().toLowerCase();
  const email = identity.email.trim().toLowerCase();
  const local = email.includes('@') ? email.slice(0, email.lastIndexOf('@')) : email;
  const localName = local.replace(/^\d+\+/, '');
  return (
    botSuffix.test(name) ||
    botSuffix.test(localName) ||
    knownBotNames.has(name) ||
    knownBotNames.has(localName) ||
    knownBotEmails.has(email)
  );
}
