import { baseName, dirName, isVendored } from '../tree-path.ts';
import { languageTag } from './language-codes.ts';

const localeFolder = /(^|\/)(locales?|i18n|l10n|lang|langs|languages|translations?|messages|intl)\//i;
const localeExtensions =
  /\.(json|ya?ml|js|ts|po|properties|php|toml|ftl|xliff|xlf|xml|arb|strings|resx|ini|csv)$/i;

/**
 * The language of a translation file, from its path: gettext catalogues (`fr.po`,
 * `locale/pt_BR/LC_MESSAGES/django.po`), XLIFF (`messages.de.xlf`), locale folders (`locales/es.json`,
 * `i18n/fr/common.json`), Rails (`config/locales/devise.fr.yml`), Android (`res/values-pt-rBR/strings.xml`),
 * iOS (`fr.lproj/`), Java (`messages_fr.properties`), Flutter (`app_fr.arb`), .NET (`Strings.fr.resx`).
 */
export function localeOf(path: string): string | undefined {
  if (isVendored(path)) return undefined;
  const name = baseName(path);
  const folder = dirName(path);
  const stem = name.replace(/\.[^.]+$/, '');
  const lproj = /(^|\/)([A-Za-z_-]+)\.lproj\//.exec(path);
  if (lproj) return lproj[2] === 'Base' ? undefined : languageTag(lproj[2]!);
  const android = /(^|\/)res\/values-([a-z]{2,3}(?:-r[A-Z]{2})?)\/[^/]+\.xml$/.exec(path);
  if (android) return languageTag(android[2]!);
  const gettextFolder = /(^|\/)([A-Za-z]{2,3}(?:_[A-Za-z]{2})?(?:@\w+)?)\/LC_MESSAGES\/[^/]+\.(po|mo)$/.exec(
    path,
  );
  if (gettextFolder) return languageTag(gettextFolder[2]!.replace(/@.*/, ''));
  if (/\.po$/i.test(name)) return languageTag(stem) ?? languageTag(stem.split(/[.-]/).at(-1) ?? '');
  if (/\.(xliff|xlf|resx)$/i.test(name))
    return /\./.test(stem) ? languageTag(stem.split('.').at(-1)!) : undefined;
  if (/\.arb$/i.test(name)) return languageTag(stem.replace(/^[a-z]+_/i, ''));
  if (/\.properties$/i.test(name)) {
    const suffix = /_([a-z]{2,3}(?:_[A-Z]{2})?)$/.exec(stem);
    return suffix ? languageTag(suffix[1]!) : undefined;
  }
  if (!localeFolder.test(`${folder}/`) || !localeExtensions.test(name)) return undefined;
  const direct = languageTag(stem) ?? languageTag(stem.split('.').at(-1) ?? '');
  if (direct) return direct;
  const segments = folder.split('/');
  for (let i = segments.length - 1; i >= 0; i--) {
    if (/^(locales?|i18n|l10n|lang|langs|languages|translations?|messages|intl)$/i.test(segments[i]!)) {
      const next = segments[i + 1];
      return next === undefined ? undefined : languageTag(next);
    }
  }
  return undefined;
}
