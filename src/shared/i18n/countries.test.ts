import { expect } from '@open-wc/testing';
import { countryName, countryNamesReady, listOf, loadCountryNames, sortedCountryNames, statesCount } from './countries.js';
import { plural } from './plural.js';
import { loaders } from '../../data/un-country-names.js';

const LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;

/**
 * The United Nations short names (UN Statistics Division, M49; the campaign's
 * shared un-country-names.csv) of the States issue 4 names, then of the built-in
 * statement's States. The CSV's English "Ivory Coast" is not the UN's name;
 * "Côte d’Ivoire" is.
 */
const UN: Record<string, Record<(typeof LANGUAGES)[number], string>> = {
  CD: {
    en: 'Democratic Republic of the Congo',
    fr: 'République démocratique du Congo',
    es: 'República Democrática del Congo',
    ru: 'Демократическая Республика Конго',
    zh: '刚果民主共和国',
    ar: 'جمهورية الكونغو الديمقراطية',
  },
  CG: { en: 'Congo', fr: 'Congo', es: 'Congo', ru: 'Конго', zh: '刚果', ar: 'الكونغو' },
  CI: { en: 'Côte d’Ivoire', fr: 'Côte d’Ivoire', es: 'Côte d’Ivoire', ru: "Кот-д'Ивуар", zh: '科特迪瓦', ar: 'كوت ديفوار' },
  IR: {
    en: 'Iran (Islamic Republic of)',
    fr: 'Iran (République islamique d’)',
    es: 'Irán (República Islámica del)',
    ru: 'Иран (Исламская Республика)',
    zh: '伊朗伊斯兰共和国',
    ar: 'إيران (جمهورية - الإسلامية)',
  },
  KR: {
    en: 'Republic of Korea',
    fr: 'République de Corée',
    es: 'República de Corea',
    ru: 'Республика Корея',
    zh: '大韩民国',
    ar: 'جمهورية كوريا',
  },
  KP: {
    en: "Democratic People's Republic of Korea",
    fr: 'République populaire démocratique de Corée',
    es: 'República Popular Democrática de Corea',
    ru: 'Корейская Народно-Демократическая Республика',
    zh: '朝鲜民主主义人民共和国',
    ar: 'جمهورية كوريا الشعبية الديمقراطية',
  },
  RU: {
    en: 'Russian Federation',
    fr: 'Fédération de Russie',
    es: 'Federación de Rusia',
    ru: 'Российская Федерация',
    zh: '俄罗斯联邦',
    ar: 'الاتحاد الروسي',
  },
  SY: {
    en: 'Syrian Arab Republic',
    fr: 'République arabe syrienne',
    es: 'República Árabe Siria',
    ru: 'Сирийская Арабская Республика',
    zh: '阿拉伯叙利亚共和国',
    ar: 'الجمهورية العربية السورية',
  },
  TZ: {
    en: 'United Republic of Tanzania',
    fr: 'République-Unie de Tanzanie',
    es: 'República Unida de Tanzanía',
    ru: 'Объединенная Республика Танзания',
    zh: '坦桑尼亚联合共和国',
    ar: 'جمهورية تنزانيا المتحدة',
  },
  TR: { en: 'Türkiye', fr: 'Türkiye', es: 'Türkiye', ru: 'Турция', zh: '土耳其', ar: 'تركيا' },
  VN: { en: 'Viet Nam', fr: 'Viet Nam', es: 'Viet Nam', ru: 'Вьетнам', zh: '越南', ar: 'فييت نام' },
  BO: {
    en: 'Bolivia (Plurinational State of)',
    fr: 'Bolivie (État plurinational de)',
    es: 'Bolivia (Estado Plurinacional de)',
    ru: 'Боливия (Многонациональное Государство)',
    zh: '多民族玻利维亚国',
    ar: 'بوليفيا (دولة - المتعددة القوميات)',
  },
  VE: {
    en: 'Venezuela (Bolivarian Republic of)',
    fr: 'Venezuela (République bolivarienne du)',
    es: 'Venezuela (República Bolivariana de)',
    ru: 'Венесуэла (Боливарианская Республика)',
    zh: '委内瑞拉玻利瓦尔共和国',
    ar: 'فنزويلا (جمهورية - البوليفارية)',
  },
  MD: {
    en: 'Republic of Moldova',
    fr: 'République de Moldova',
    es: 'República de Moldova',
    ru: 'Республика Молдова',
    zh: '摩尔多瓦共和国',
    ar: 'جمهورية مولدوفا',
  },
  LA: {
    en: "Lao People's Democratic Republic",
    fr: 'République démocratique populaire lao',
    es: 'República Democrática Popular Lao',
    ru: 'Лаосская Народно-Демократическая Республика',
    zh: '老挝人民民主共和国',
    ar: 'جمهورية لاو الديمقراطية الشعبية',
  },
  GB: {
    en: 'United Kingdom of Great Britain and Northern Ireland',
    fr: 'Royaume-Uni de Grande-Bretagne et d’Irlande du Nord',
    es: 'Reino Unido de Gran Bretaña e Irlanda del Norte',
    ru: 'Соединенное Королевство Великобритании и Северной Ирландии',
    zh: '大不列颠及北爱尔兰联合王国',
    ar: 'المملكة المتحدة لبريطانيا العظمى وآيرلندا الشمالية',
  },
  US: {
    en: 'United States of America',
    fr: 'États-Unis d’Amérique',
    es: 'Estados Unidos de América',
    ru: 'Соединенные Штаты Америки',
    zh: '美利坚合众国',
    ar: 'الولايات المتحدة الأمريكية',
  },
  PS: {
    en: 'State of Palestine',
    fr: 'État de Palestine',
    es: 'Estado de Palestina',
    ru: 'Государство Палестина',
    zh: '巴勒斯坦国',
    ar: 'دولة فلسطين',
  },
  VA: { en: 'Holy See', fr: 'Saint-Siège', es: 'Santa Sede', ru: 'Святой Престол', zh: '教廷', ar: 'الكرسي الرسولي' },
  DZ: { en: 'Algeria', fr: 'Algérie', es: 'Argelia', ru: 'Алжир', zh: '阿尔及利亚', ar: 'الجزائر' },
  AT: { en: 'Austria', fr: 'Autriche', es: 'Austria', ru: 'Австрия', zh: '奥地利', ar: 'النمسا' },
  CO: { en: 'Colombia', fr: 'Colombie', es: 'Colombia', ru: 'Колумбия', zh: '哥伦比亚', ar: 'كولومبيا' },
  IE: { en: 'Ireland', fr: 'Irlande', es: 'Irlanda', ru: 'Ирландия', zh: '爱尔兰', ar: 'آيرلندا' },
  JO: { en: 'Jordan', fr: 'Jordanie', es: 'Jordania', ru: 'Иордания', zh: '约旦', ar: 'الأردن' },
  MX: { en: 'Mexico', fr: 'Mexique', es: 'México', ru: 'Мексика', zh: '墨西哥', ar: 'المكسيك' },
  NZ: { en: 'New Zealand', fr: 'Nouvelle-Zélande', es: 'Nueva Zelandia', ru: 'Новая Зеландия', zh: '新西兰', ar: 'نيوزيلندا' },
  NO: { en: 'Norway', fr: 'Norvège', es: 'Noruega', ru: 'Норвегия', zh: '挪威', ar: 'النرويج' },
  ZA: { en: 'South Africa', fr: 'Afrique du Sud', es: 'Sudáfrica', ru: 'Южная Африка', zh: '南非', ar: 'جنوب أفريقيا' },
  CH: { en: 'Switzerland', fr: 'Suisse', es: 'Suiza', ru: 'Швейцария', zh: '瑞士', ar: 'سويسرا' },
  TH: { en: 'Thailand', fr: 'Thaïlande', es: 'Tailandia', ru: 'Таиланд', zh: '泰国', ar: 'تايلند' },
  SN: { en: 'Senegal', fr: 'Sénégal', es: 'Senegal', ru: 'Сенегал', zh: '塞内加尔', ar: 'السنغال' },
  CL: { en: 'Chile', fr: 'Chili', es: 'Chile', ru: 'Чили', zh: '智利', ar: 'شيلي' },
  PA: { en: 'Panama', fr: 'Panama', es: 'Panamá', ru: 'Панама', zh: '巴拿马', ar: 'بنما' },
  CR: { en: 'Costa Rica', fr: 'Costa Rica', es: 'Costa Rica', ru: 'Коста-Рика', zh: '哥斯达黎加', ar: 'كوستاريكا' },
  UY: { en: 'Uruguay', fr: 'Uruguay', es: 'Uruguay', ru: 'Уругвай', zh: '乌拉圭', ar: 'أوروغواي' },
  CF: {
    en: 'Central African Republic',
    fr: 'République centrafricaine',
    es: 'República Centroafricana',
    ru: 'Центральноафриканская Республика',
    zh: '中非共和国',
    ar: 'جمهورية أفريقيا الوسطى',
  },
};
const REQUIRED = 'CD CG CI IR KR KP RU SY TZ TR VN BO VE MD LA GB US PS VA'.split(' ');

/**
 * The UN names of the 193 Member States, written by scripts/build-country-names.js
 * from the same CSV and corrections as the table (a browser test cannot read the
 * shared folder).
 */
const MEMBER_STATES: Record<string, Record<(typeof LANGUAGES)[number], string>> = await (
  await fetch('/test/fixtures/un-member-states.json')
).json();

describe('country names', () => {
  before(() => Promise.all(LANGUAGES.map((language) => loadCountryNames(language))));

  for (const language of LANGUAGES) {
    it(`gives the UN name of every State named in issue 4 and in the built-in statement, in ${language}`, () => {
      const wrong: string[] = [];
      for (const [code, names] of Object.entries(UN)) {
        const name = countryName(code, language);
        if (name !== names[language]) wrong.push(`${code}: ${name} (UN: ${names[language]})`);
      }
      expect(wrong).to.deep.equal([]);
    });
  }

  // Every engine's CLDR differs from the UN somewhere (WebKitGTK 2.50 says "Turkey"),
  // so all 193 are checked in each engine, with every mismatch reported at once.
  for (const language of LANGUAGES) {
    it(`gives the UN name of each of the 193 Member States in ${language}`, () => {
      const mismatches: string[] = [];
      for (const [code, names] of Object.entries(MEMBER_STATES)) {
        const name = countryName(code, language);
        if (name !== names[language]) mismatches.push(`${code}: ${name} (UN: ${names[language]})`);
      }
      expect(mismatches).to.deep.equal([]);
    });
  }

  it("the issue's States are all covered, and the Member States are 193", () => {
    expect(REQUIRED.every((code) => code in UN)).to.be.true;
    expect(Object.keys(MEMBER_STATES)).to.have.length(193);
  });

  it("every entry of the table is right (and logged when this engine's CLDR already agrees: another engine needs it)", async () => {
    const notNeeded: string[] = [];
    for (const language of LANGUAGES) {
      const table = (await loaders[language]()).names;
      const cldr = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
      for (const [code, name] of Object.entries(table)) {
        expect((MEMBER_STATES[code] ?? UN[code])?.[language], `${language} ${code}`).to.equal(name);
        if (cldr.of(code) === name) notNeeded.push(`${language} ${code}`);
      }
    }
    console.log(`un-country-names: entries this engine's CLDR already agrees with: ${notNeeded.join(', ') || 'none'}`);
  });

  it('falls back to CLDR for other States', () => {
    expect(countryName('FR', 'en')).to.equal('France');
    expect(countryName('DE', 'fr')).to.equal('Allemagne');
    expect(countryName('JP', 'zh')).to.equal('日本');
  });

  it('a regional or unsupported page language uses the UN names of its language', () => {
    expect(countryName('CD', 'fr-CA')).to.equal(UN.CD.fr);
    expect(countryName('RU', 'en-GB')).to.equal('Russian Federation');
  });

  it("Traditional Chinese keeps CLDR's Traditional names (the UN writes Simplified)", () => {
    expect(countryNamesReady('zh-TW')).to.be.true;
    expect(countryName('CD', 'zh-TW')).to.equal(new Intl.DisplayNames(['zh-TW'], { type: 'region' }).of('CD'));
  });

  it('unknown and private-use codes give undefined', () => {
    for (const code of ['XX', 'ZZ', 'AA', 'QM', 'XA', 'XB', 'xx', '1', '']) expect(countryName(code, 'en'), code).to.be.undefined;
    expect(countryName('XK', 'en')).to.equal('Kosovo');
  });

  it("sorts names with the locale's collation and keeps unknown codes as codes", () => {
    const unknown: Array<[string, number]> = [];
    const names = sortedCountryNames(['SE', 'ZZ', 'AT', 'AX', 'DE'], 'sv', (code, i) => unknown.push([code, i]));
    // Swedish sorts Å after Z; Ö and Ä too
    expect(names).to.deep.equal(['Tyskland', 'ZZ', 'Åland', 'Österrike', 'Sverige'].sort(new Intl.Collator('sv').compare));
    expect(names.indexOf('Åland')).to.be.greaterThan(names.indexOf('Tyskland'));
    expect(unknown).to.deep.equal([['ZZ', 1]]);
    const english = sortedCountryNames(['CD', 'AT', 'CF', 'CO'], 'en');
    expect(english).to.deep.equal(['Austria', 'Central African Republic', 'Colombia', 'Democratic Republic of the Congo']);
  });

  it('sorts Arabic names as UN Arabic lists do, passing over the article ال', async () => {
    await loadCountryNames('ar');
    // Jordan (الأردن), Ireland (آيرلندا), Thailand (تايلند), Algeria (الجزائر): أ، آ، ت، ج.
    expect(sortedCountryNames(['DZ', 'TH', 'IE', 'JO'], 'ar-u-nu-latn')).to.deep.equal([
      'الأردن',
      'آيرلندا',
      'تايلند',
      'الجزائر',
    ]);
  });

  it("joins names with the locale's conjunction", () => {
    expect(listOf(['Algeria', 'Austria', 'Thailand'], 'en')).to.equal('Algeria, Austria and Thailand');
    expect(listOf(['Algeria', 'Austria', 'Thailand'], 'en-US-u-nu-latn'), 'UN style in every English').to.equal(
      'Algeria, Austria and Thailand',
    );
    expect(listOf(['Algérie', 'Autriche'], 'fr')).to.equal('Algérie et Autriche');
  });

  it('counts States with the plural rules of the language', () => {
    expect(statesCount(1, 'en')).to.equal('one State');
    expect(statesCount(2, 'en')).to.equal('two States');
    expect(statesCount(18, 'en')).to.equal('18 States');
    expect(statesCount(0, 'en')).to.equal('0 States');
    expect(statesCount(1000, 'en')).to.equal('1,000 States');
  });

  it("plural picks the category's form, and other when the language's category has none", () => {
    const forms = { one: () => 'one', few: () => 'few', many: () => 'many', other: () => 'other' };
    expect(plural('ru', 1, forms)).to.equal('one');
    expect(plural('ru', 3, forms)).to.equal('few');
    expect(plural('ru', 5, forms)).to.equal('many');
    expect(plural('ru', 1.5, forms)).to.equal('other');
    expect(plural('ar', 2, { other: () => 'other' })).to.equal('other');
    expect(plural('en', 1, forms)).to.equal('one');
  });
});
