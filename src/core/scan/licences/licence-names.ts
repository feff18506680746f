import spdxLicences from 'spdx-license-list';
import { parseSpdxExpression } from './spdx-expression.ts';

/**
 * Licence names as projects write them in manifests (Maven `<name>`, PyPI classifiers, gemspecs…), keyed
 * by their words in lower case, mapped to SPDX identifiers. Names that do not say which version or
 * variant (plain "BSD", "GPL") are left out on purpose: they stay as written.
 */
const aliases: Record<string, string> = {
  mit: 'MIT',
  'mit license': 'MIT',
  'the mit license': 'MIT',
  'mit licence': 'MIT',
  expat: 'MIT',
  'expat license': 'MIT',
  'mit x11': 'MIT',
  x11: 'X11',
  'apache 2': 'Apache-2.0',
  'apache 2 0': 'Apache-2.0',
  apache2: 'Apache-2.0',
  'apache license 2': 'Apache-2.0',
  'apache license 2 0': 'Apache-2.0',
  'apache license v2': 'Apache-2.0',
  'apache license v2 0': 'Apache-2.0',
  'apache license version 2': 'Apache-2.0',
  'apache license version 2 0': 'Apache-2.0',
  'apache software license': 'Apache-2.0',
  'apache software license 2 0': 'Apache-2.0',
  'apache software license version 2 0': 'Apache-2.0',
  'the apache software license version 2 0': 'Apache-2.0',
  'the apache license version 2 0': 'Apache-2.0',
  'asl 2 0': 'Apache-2.0',
  'al 2 0': 'Apache-2.0',
  'apache 1 1': 'Apache-1.1',
  'apache license 1 1': 'Apache-1.1',
  'bsd 2 clause': 'BSD-2-Clause',
  'bsd 2 clause license': 'BSD-2-Clause',
  'simplified bsd': 'BSD-2-Clause',
  'simplified bsd license': 'BSD-2-Clause',
  'freebsd license': 'BSD-2-Clause',
  'bsd 3 clause': 'BSD-3-Clause',
  'bsd 3 clause license': 'BSD-3-Clause',
  'new bsd': 'BSD-3-Clause',
  'new bsd license': 'BSD-3-Clause',
  'modified bsd': 'BSD-3-Clause',
  'modified bsd license': 'BSD-3-Clause',
  'revised bsd license': 'BSD-3-Clause',
  'the new bsd license': 'BSD-3-Clause',
  'bsd 4 clause': 'BSD-4-Clause',
  isc: 'ISC',
  'isc license': 'ISC',
  'isc license iscl': 'ISC',
  iscl: 'ISC',
  gplv2: 'GPL-2.0-only',
  'gpl v2': 'GPL-2.0-only',
  'gpl 2': 'GPL-2.0-only',
  'gpl 2 0': 'GPL-2.0-only',
  'gplv2 or later': 'GPL-2.0-or-later',
  'gpl v2 or later': 'GPL-2.0-or-later',
  'gnu general public license v2 gplv2': 'GPL-2.0-only',
  'gnu general public license v2 or later gplv2': 'GPL-2.0-or-later',
  'gnu general public license v2 or later gplv2+': 'GPL-2.0-or-later',
  'gnu general public license version 2': 'GPL-2.0-only',
  'gnu general public license v2 0': 'GPL-2.0-only',
  gplv3: 'GPL-3.0-only',
  'gplv3+': 'GPL-3.0-or-later',
  'gplv2+': 'GPL-2.0-or-later',
  'lgplv2+': 'LGPL-2.0-or-later',
  'lgplv2 1+': 'LGPL-2.1-or-later',
  'lgplv3+': 'LGPL-3.0-or-later',
  'agplv3+': 'AGPL-3.0-or-later',
  'gpl v3': 'GPL-3.0-only',
  'gpl 3': 'GPL-3.0-only',
  'gpl 3 0': 'GPL-3.0-only',
  'gplv3 or later': 'GPL-3.0-or-later',
  'gpl v3 or later': 'GPL-3.0-or-later',
  'gnu gpl v3': 'GPL-3.0-only',
  'gnu gplv3': 'GPL-3.0-only',
  'gnu general public license v3 gplv3': 'GPL-3.0-only',
  'gnu general public license v3 or later gplv3': 'GPL-3.0-or-later',
  'gnu general public license v3 or later gplv3+': 'GPL-3.0-or-later',
  'gnu general public license version 3': 'GPL-3.0-only',
  'gnu general public license v3 0': 'GPL-3.0-only',
  lgplv2: 'LGPL-2.0-only',
  'lgpl 2 1': 'LGPL-2.1-only',
  'lgplv2 1': 'LGPL-2.1-only',
  'lgpl v2 1': 'LGPL-2.1-only',
  'gnu lesser general public license v2 lgplv2': 'LGPL-2.0-only',
  'gnu lesser general public license v2 or later lgplv2': 'LGPL-2.0-or-later',
  'gnu lesser general public license v2 or later lgplv2+': 'LGPL-2.0-or-later',
  'gnu lesser general public license version 2 1': 'LGPL-2.1-only',
  'gnu lesser general public license v2 1': 'LGPL-2.1-only',
  lgplv3: 'LGPL-3.0-only',
  'lgpl 3': 'LGPL-3.0-only',
  'lgpl 3 0': 'LGPL-3.0-only',
  'lgpl v3': 'LGPL-3.0-only',
  'gnu lesser general public license v3 lgplv3': 'LGPL-3.0-only',
  'gnu lesser general public license v3 or later lgplv3': 'LGPL-3.0-or-later',
  'gnu lesser general public license v3 or later lgplv3+': 'LGPL-3.0-or-later',
  'gnu lesser general public license version 3': 'LGPL-3.0-only',
  agplv3: 'AGPL-3.0-only',
  'agpl 3': 'AGPL-3.0-only',
  'agpl 3 0': 'AGPL-3.0-only',
  'agpl v3': 'AGPL-3.0-only',
  'agplv3 or later': 'AGPL-3.0-or-later',
  'gnu affero general public license v3': 'AGPL-3.0-only',
  'gnu affero general public license v3 or later agplv3': 'AGPL-3.0-or-later',
  'gnu affero general public license v3 or later agplv3+': 'AGPL-3.0-or-later',
  'gnu affero general public license version 3': 'AGPL-3.0-only',
  'mpl 2': 'MPL-2.0',
  'mpl 2 0': 'MPL-2.0',
  'mpl v2': 'MPL-2.0',
  'mozilla public license 2 0': 'MPL-2.0',
  'mozilla public license 2 0 mpl 2 0': 'MPL-2.0',
  'mozilla public license version 2 0': 'MPL-2.0',
  'mpl 1 1': 'MPL-1.1',
  'mozilla public license 1 1 mpl 1 1': 'MPL-1.1',
  'epl 1 0': 'EPL-1.0',
  'eclipse public license 1 0': 'EPL-1.0',
  'eclipse public license v1 0': 'EPL-1.0',
  'eclipse public license version 1 0': 'EPL-1.0',
  'epl 2 0': 'EPL-2.0',
  'eclipse public license 2 0': 'EPL-2.0',
  'eclipse public license v2 0': 'EPL-2.0',
  'eclipse public license version 2 0': 'EPL-2.0',
  'eupl 1 1': 'EUPL-1.1',
  'eupl 1 2': 'EUPL-1.2',
  'eupl v1 2': 'EUPL-1.2',
  'european union public licence 1 2': 'EUPL-1.2',
  'european union public license 1 2': 'EUPL-1.2',
  'european union public licence 1 2 eupl 1 2': 'EUPL-1.2',
  'cddl 1 0': 'CDDL-1.0',
  'common development and distribution license 1 0': 'CDDL-1.0',
  unlicense: 'Unlicense',
  'the unlicense': 'Unlicense',
  'the unlicense unlicense': 'Unlicense',
  cc0: 'CC0-1.0',
  'cc0 1 0': 'CC0-1.0',
  'cc0 1 0 universal': 'CC0-1.0',
  'creative commons zero': 'CC0-1.0',
  'cc0 1 0 universal cc0 1 0 public domain dedication': 'CC0-1.0',
  'cc by 4 0': 'CC-BY-4.0',
  'cc by sa 4 0': 'CC-BY-SA-4.0',
  'creative commons attribution 4 0': 'CC-BY-4.0',
  'creative commons attribution 4 0 international': 'CC-BY-4.0',
  'creative commons attribution sharealike 4 0 international': 'CC-BY-SA-4.0',
  zlib: 'Zlib',
  'zlib license': 'Zlib',
  'zlib libpng license zlib': 'Zlib',
  'boost software license': 'BSL-1.0',
  'boost software license 1 0': 'BSL-1.0',
  'boost software license 1 0 bsl 1 0': 'BSL-1.0',
  'python software foundation license': 'PSF-2.0',
  psf: 'PSF-2.0',
  'psf license': 'PSF-2.0',
  'artistic license 2 0': 'Artistic-2.0',
  'artistic 2 0': 'Artistic-2.0',
  wtfpl: 'WTFPL',
  'do what the f k you want to public license': 'WTFPL',
  'universal permissive license upl': 'UPL-1.0',
  'universal permissive license 1 0': 'UPL-1.0',
  'the json license': 'JSON',
  'ms pl': 'MS-PL',
  'microsoft public license': 'MS-PL',
  'ofl 1 1': 'OFL-1.1',
  'sil open font license 1 1': 'OFL-1.1',
  '0bsd': '0BSD',
  'zero clause bsd': '0BSD',
  'bsd zero clause license': '0BSD',
  'mit no attribution': 'MIT-0',
  'postgresql license': 'PostgreSQL',
  'blue oak model license 1 0 0': 'BlueOak-1.0.0',
};

const byName = new Map<string, string>();
for (const [id, entry] of Object.entries(spdxLicences)) byName.set(nameKey(entry.name), id);
for (const [name, id] of Object.entries(aliases)) byName.set(name, id);

/** A licence name reduced to lower-case words, the key of the alias table. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/licence/g, 'license')
    .replace(/\bv(?=\d)/g, 'v ')
    .replace(/[^a-z0-9+]+/g, ' ')
    .replace(/\bv (?=\d)/g, 'v')
    .trim();
}

/**
 * The SPDX expression for a licence as a manifest writes it: a valid expression (any case), an SPDX
 * full name ("GNU General Public License v3.0 or later"), a common alias ("Apache License, Version 2.0",
 * "New BSD License") or a PyPI classifier ("License :: OSI Approved :: MIT License"). Undefined when the
 * name does not say which SPDX licence it is.
 */
export function spdxFromName(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed.length === 0) return undefined;
  const parsed = parseSpdxExpression(trimmed);
  if (parsed && parsed.ids.every((id) => !/^(UNLICENSED|NONE|NOASSERTION)$/i.test(id)))
    return parsed.expression;
  const classifier = /^license\s*::\s*(?:osi approved\s*::\s*)?(.+)$/i.exec(trimmed);
  const key = nameKey(classifier ? classifier[1]! : trimmed);
  return byName.get(key) ?? byName.get(key.replace(/^the /, '')) ?? byName.get(key.replace(/ license$/, ''));
}
