import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languageTag } from './language-codes.ts';
import { localeOf } from './locale-files.ts';

test('translation files and their languages', () => {
  const cases: [string, string | undefined][] = [
    ['locale/pt_BR/LC_MESSAGES/django.po', 'pt-BR'],
    ['po/fr.po', 'fr'],
    ['src/locales/es.json', 'es'],
    ['public/locales/sw/common.json', 'sw'],
    ['config/locales/devise.fr.yml', 'fr'],
    ['app/src/main/res/values-pt-rBR/strings.xml', 'pt-BR'],
    ['app/src/main/res/values/strings.xml', undefined],
    ['ios/App/fr.lproj/Localizable.strings', 'fr'],
    ['src/main/resources/messages_am.properties', 'am'],
    ['lib/l10n/app_ar.arb', 'ar'],
    ['Resources/Strings.fr.resx', 'fr'],
    ['src/i18n/index.ts', undefined],
    ['node_modules/x/locales/de.json', undefined],
  ];
  for (const [path, tag] of cases) assert.equal(localeOf(path), tag, path);
});

test('language tags are checked against ISO 639 and written in BCP 47 case', () => {
  assert.equal(languageTag('zh_hans_cn'), 'zh-Hans-CN');
  assert.equal(languageTag('xx'), undefined);
  assert.equal(languageTag('fil'), 'fil');
});
