// Generates src/data/un-country-names*.ts: the United Nations short names of the
// States the library must name the UN way, in the six UN languages, for only the
// languages where CLDR's name (Intl.DisplayNames, which the elements use for every
// other State) differs in at least one engine the library supports. Also writes
// test/fixtures/un-member-states.json, the UN names of the 193 Member States (after
// the corrections below) that src/shared/i18n/countries.test.ts checks in each engine.
//
// Source: the UN Statistics Division's M49 names, as published in the
// `datasets/country-codes` data package (public domain, ODC PDDL), columns
// `official_name_{en,fr,es,ru,zh,ar}`; a copy is in the campaign's shared
// `data/un-country-names.csv`. Usage:
//
//   node scripts/build-country-names.js [path/to/un-country-names.csv]
//
// Which rows are needed is decided by Node's ICU and by the browsers' CLDR names
// recorded in scripts/data/engine-region-names.json (Chromium, Firefox, WebKit;
// refresh it with `node scripts/engine-country-names.js` when an engine changes):
// a name any of them gets wrong is in the table, so every engine shows the UN's.
import { readFileSync, writeFileSync } from 'node:fs';

const CSV = process.argv[2] ?? new URL('../../shared/data/un-country-names.csv', import.meta.url);
const SNAPSHOT = new URL('./data/engine-region-names.json', import.meta.url);
const LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];

/** The 193 Member States of the United Nations (the CSV also has territories, and the observer States PS and VA). */
const MEMBER_STATES =
  `AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN
CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN
IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW
MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV
SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW`.split(/\s+/);
if (new Set(MEMBER_STATES).size !== 193) throw new Error(`MEMBER_STATES has ${new Set(MEMBER_STATES).size} codes, not 193`);

/** The States issue 4 names, and those of the built-in statement. */
const REQUIRED = [
  'CD',
  'CG',
  'CI',
  'IR',
  'KR',
  'KP',
  'RU',
  'SY',
  'TZ',
  'TR',
  'VN',
  'BO',
  'VE',
  'MD',
  'LA',
  'GB',
  'US',
  'PS',
  'VA',
];
const BUILT_IN = ['DZ', 'AT', 'CO', 'IE', 'JO', 'MX', 'NZ', 'NO', 'ZA', 'CH', 'TH', 'SN', 'CL', 'PA', 'CR', 'UY', 'CD', 'CF'];

/**
 * Where the CSV is not the UN's name. The package's English column has the
 * colloquial "Ivory Coast"; the United Nations (M49, UNTERM) writes "Côte d’Ivoire"
 * in English as in French and Spanish. It also has the plain "Netherlands", where
 * M49 writes "Netherlands (Kingdom of the)" (since 2023), as the CSV's other five
 * columns do ("Pays-Bas (Royaume des)", …).
 */
const CORRECTIONS = { CI: { en: 'Côte d’Ivoire' }, NL: { en: 'Netherlands (Kingdom of the)' } };

/** RFC 4180 fields: quoted fields may hold commas and doubled quotes. */
function parseLine(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

const [header, ...lines] = readFileSync(CSV, 'utf8')
  .replace(/^\uFEFF/, '')
  .split(/\r?\n/)
  .filter(Boolean);
const columns = parseLine(header);
const rows = new Map(
  lines.map((line) => {
    const fields = parseLine(line);
    return [fields[columns.indexOf('iso2')], Object.fromEntries(columns.map((c, i) => [c, fields[i]]))];
  }),
);

/** The UN name, corrected where the CSV is not the UN's. */
function unName(code, language) {
  const row = rows.get(code);
  if (!row) throw new Error(`${code} is not in ${CSV}`);
  const un = CORRECTIONS[code]?.[language] ?? row[language];
  if (!un) throw new Error(`${code} has no ${language} name`);
  return un;
}

// Each engine's CLDR names, Node's from its own ICU, the browsers' from the snapshot.
const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
const nodeNames = Object.fromEntries(LANGUAGES.map((l) => [l, new Intl.DisplayNames([l], { type: 'region', fallback: 'none' })]));
const engines = [
  { name: `Node ${process.version} (CLDR ${process.versions.cldr})`, of: (code, language) => nodeNames[language].of(code) },
  ...Object.entries(snapshot.engines).map(([engine, { version, icu, cldr, names }]) => ({
    name: `${version} (ICU ${icu ?? '?'}, CLDR ${cldr ?? '?'})`,
    of: (code, language) => {
      if (!(code in (names[language] ?? {})))
        throw new Error(`${engine} has no ${language} ${code} in ${SNAPSHOT.pathname}: run scripts/engine-country-names.js`);
      return names[language][code];
    },
  })),
];

const tables = Object.fromEntries(LANGUAGES.map((language) => [language, {}]));
for (const code of [...new Set([...MEMBER_STATES, ...REQUIRED, ...BUILT_IN])].sort()) {
  for (const language of LANGUAGES) {
    const un = unName(code, language);
    if (engines.some((engine) => engine.of(code, language) !== un)) tables[language][code] = un;
  }
}

const banner = (language) =>
  `// Generated by scripts/build-country-names.js from the UN Statistics Division's M49 names
// (datasets/country-codes, public domain); do not edit. United Nations short names in
// "${language}" where the CLDR of any of these engines names the State otherwise:
${engines.map((engine) => `// - ${engine.name}`).join('\n')}
`;
const literal = (table) =>
  `{\n${Object.entries(table)
    .map(([code, name]) => `  ${code}: ${JSON.stringify(name)},`)
    .join('\n')}\n}`;

// English, the source language, comes with the code that names States (as the
// English UI strings do); each other language is its own chunk, loaded for the
// page's language only.
writeFileSync(
  new URL('../src/data/un-country-names.ts', import.meta.url),
  `// Generated by scripts/build-country-names.js; do not edit.
// The UN short names of States, where CLDR names them otherwise: English with the
// code, one chunk for each other language.
import { names as en } from './un-country-names.en.js';

/** UN names by ISO 3166-1 code. */
export type CountryNames = Readonly<Record<string, string>>;

export const loaders: Record<string, () => Promise<{ names: CountryNames }>> = {
${LANGUAGES.map((l) => (l === 'en' ? '  en: () => Promise.resolve({ names: en }),' : `  ${l}: () => import('./un-country-names.${l}.js'),`)).join('\n')}
};
`,
);
for (const language of LANGUAGES) {
  writeFileSync(
    new URL(`../src/data/un-country-names.${language}.ts`, import.meta.url),
    `${banner(language)}
import type { CountryNames } from './un-country-names.js';

export const names: CountryNames = ${literal(tables[language])};
`,
  );
}
// The test's expectations: every Member State's UN name, as the table gives it.
writeFileSync(
  new URL('../test/fixtures/un-member-states.json', import.meta.url),
  `{\n${[...MEMBER_STATES]
    .sort()
    .map((code) => `  ${JSON.stringify(code)}: ${JSON.stringify(Object.fromEntries(LANGUAGES.map((l) => [l, unName(code, l)])))}`)
    .join(',\n')}\n}\n`,
);
const count = Object.values(tables).reduce((n, t) => n + Object.keys(t).length, 0);
console.log(
  `un-country-names: ${count} names in ${LANGUAGES.length} languages (${LANGUAGES.map((l) => `${l} ${Object.keys(tables[l]).length}`).join(', ')})`,
);
