// Fails when a UI string has no translation in a target language, so a new string
// cannot ship untranslated. It reads what `lit-localize extract` finds in src/ (every
// msg() of every element, present and future) and compares it with the XLIFF files
// and with the generated locale modules:
//   - missing: a source message with no <target> in xliff/<lang>.xlf;
//   - stale: src/locales/<lang>.ts differs from what `lit-localize build` makes now;
//   - plural gaps: a `<name>.<category>` message family without all six categories
//     (see src/shared/i18n/plural.ts), which Arabic and Russian need;
//   - undescribed: a msg() without `desc`, the XLIFF <note> that tells a translator
//     where the string shows.
// Run by `npm run check:i18n` and by the test suite (test/node/translations.test.js).
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

const text = (message) => message.contents.map((part) => (typeof part === 'string' ? part : part.untranslatable)).join('');

export async function translationStatus(configPath = join(ROOT, 'lit-localize.json')) {
  const config = readConfigFileAndWriteSchema(configPath);
  const localizer = new RuntimeLitLocalizer(config);
  const { messages, errors } = localizer.extractSourceMessages();
  const { translations } = localizer.readTranslationsSync();

  const missing = {};
  for (const locale of config.targetLocales) {
    const translated = new Set((translations.get(locale) ?? []).map((m) => m.name));
    missing[locale] = messages
      .filter((m) => !translated.has(m.name))
      .map((m) => ({ id: m.name, text: text(m), file: m.file.fileName.replace(`${ROOT}/`, '') }));
  }

  const undescribed = messages
    .filter((m) => !m.desc?.trim())
    .map((m) => ({ id: m.name, text: text(m), file: m.file.fileName.replace(`${ROOT}/`, '') }));

  const ids = new Set(messages.map((m) => m.name));
  const pluralGaps = [];
  for (const id of ids) {
    const match = /^(.*)\.other$/.exec(id);
    if (!match) continue;
    const absent = CATEGORIES.filter((category) => !ids.has(`${match[1]}.${category}`));
    if (absent.length) pluralGaps.push({ id: match[1], absent });
  }

  // Build into a scratch folder and compare with the committed modules.
  const scratch = mkdtempSync(join(tmpdir(), 'mbc-locales-'));
  const stale = [];
  try {
    const outputDir = config.output.outputDir;
    const scratchConfig = {
      ...config,
      output: {
        ...config.output,
        outputDir: scratch,
        localeCodesModule: config.output.localeCodesModule ? join(scratch, 'locale-codes.ts') : undefined,
      },
    };
    const log = console.log;
    const warn = console.warn;
    console.log = console.warn = () => {}; // build notes every untranslated message; we report them ourselves
    try {
      await new RuntimeLitLocalizer(scratchConfig).build();
    } finally {
      console.log = log;
      console.warn = warn;
    }
    for (const file of readdirSync(scratch)) {
      const committed = join(config.resolve(outputDir), file);
      if (!existsSync(committed) || readFileSync(committed, 'utf8') !== readFileSync(join(scratch, file), 'utf8')) {
        stale.push(join(outputDir, file));
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  return {
    sourceMessages: messages.length,
    errors: errors.map((d) => (typeof d.messageText === 'string' ? d.messageText : d.messageText.messageText)),
    missing,
    stale,
    pluralGaps,
    undescribed,
  };
}

export function describeProblems(status) {
  const lines = [];
  for (const error of status.errors) lines.push(`msg() analysis error: ${error}`);
  for (const [locale, list] of Object.entries(status.missing)) {
    for (const m of list) lines.push(`${locale}: no translation for ${m.id} "${m.text}" (${m.file})`);
  }
  for (const gap of status.pluralGaps)
    lines.push(`plural "${gap.id}" lacks ${gap.absent.map((c) => `${gap.id}.${c}`).join(', ')}`);
  for (const file of status.stale) lines.push(`${file} is out of date: run \`npm run localize\``);
  for (const m of status.undescribed)
    lines.push(`${m.id} "${m.text}" (${m.file}) has no desc: a translator needs to know where it shows`);
  return lines;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const status = await translationStatus();
  const problems = describeProblems(status);
  console.log(`${status.sourceMessages} source messages.`);
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error(
      '\nTo fix: `npm run localize`, translate each new <trans-unit> in xliff/<lang>.xlf (add its <target>), `npm run localize` again.',
    );
    process.exit(1);
  }
  console.log('Every message is translated in every target language, and src/locales/ is up to date.');
}
