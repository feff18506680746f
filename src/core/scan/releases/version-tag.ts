import semver from 'semver';

/** What a tag name says about a version. */
export interface VersionTag {
  /** The version part of the name, e.g. "1.2.3" for "v1.2.3" or "pkg@1.2.3". */
  version: string;
  /** The version part is a valid semantic version (semver.org 2.0.0). */
  semver: boolean;
  /** A pre-release: a semver pre-release part, or words such as alpha, beta, rc, preview. */
  prerelease: boolean;
}

const prefix = /^(?:.*[/@])?(?:(?![vV]\d)[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z][A-Za-z0-9]*)*[-_])?/;
const looseVersion = /^\d+(?:[._]\d+)*(?:[-+.]?[0-9A-Za-z][0-9A-Za-z.+-]*)?$/;
const preWords = /(?:alpha|beta|rc|pre|dev|snapshot|preview|nightly|canary)/i;

/**
 * Reads a tag name as a version: an optional package or word prefix ("pkg@", "pkg/", "release-"), an
 * optional "v", then a version ("1.2.3", "1.2.3-rc.1", "2024.05", "1_4_2", "v2"). A bare number ("42")
 * is not taken for a version. Returns undefined for other names ("latest", "stable").
 */
export function parseVersionTag(name: string): VersionTag | undefined {
  const afterPrefix = name.replace(prefix, '');
  const hasV = /^[vV]\d/.test(afterPrefix);
  const version = hasV ? afterPrefix.slice(1) : afterPrefix;
  if (!looseVersion.test(version)) return undefined;
  if (!hasV && !/^\d+[._]\d/.test(version)) return undefined;
  const strict = semver.valid(version) !== null && semver.clean(version) === version;
  const prerelease = strict ? semver.prerelease(version) !== null : preWords.test(version);
  return { version, semver: strict, prerelease };
}
