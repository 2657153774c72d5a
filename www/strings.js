// @ts-check
// Runs in: the demo page (www/), and Node (tests/js). The demo page's words in English, French and Arabic
// (the extension's languages; the extension itself uses _locales, which a plain web page cannot read).
// Pure: pickLanguage chooses from the visitor's languages, format fills `$1`… placeholders.

/** @typedef {'en' | 'fr' | 'ar'} Language */

/** @type {Record<Language, Record<string, string>>} */
export const STRINGS = {
  en: {
    pageTitle: 'Declutter demo',
    intro: 'Turn a saved news page into a clean reader view. Everything runs in this tab, in the same WebAssembly core the extension uses; nothing is uploaded.',
    page: 'Page',
    pasteLabel: "Paste the page's HTML",
    fileBefore: '…or open a saved',
    fileAfter: 'file',
    dropHint: 'You can also drop a file anywhere on this box. Files keep their own encoding (windows-1252, Shift_JIS…).',
    urlLabel: 'Page URL',
    urlHint: '(optional; resolves relative links and images)',
    loading: 'Loading…',
    clean: 'Clean',
    clear: 'Clear',
    unavailable: 'Unavailable',
    result: 'Result',
    readerView: 'Reader view',
    readerFrameTitle: 'Reader view of the cleaned article',
    coreVersion: 'Core version',
    cleaning: 'Cleaning…',
    found: 'Article found: $1 words, $2 blocks removed, $3 ms.',
    guess: 'No clear article found (showing the best guess): $1 words, $2 blocks removed, $3 ms.',
    noInput: 'Paste some HTML or choose a saved page first.',
    badUrl: '"$1" is not a valid URL (expected something like https://example.com/story.html).',
    badScheme: 'The URL must start with http://, https:// or file://.',
    cleanFailed: 'Could not clean this page: $1',
    usingFile: 'Using $1 ($2 bytes).',
    wasmFailed: 'The WebAssembly core failed to load: $1',
    noContent: 'No article content was found.',
    minutesRead: '$1 read',
    example: 'Try an example page',
    exampleFailed: 'The example page could not be loaded: $1',
  },
  fr: {
    pageTitle: 'Démo de Declutter',
    intro: "Transformez une page d'actualité enregistrée en une vue de lecture épurée. Tout se passe dans cet onglet, avec le même cœur WebAssembly que l'extension ; rien n'est envoyé.",
    page: 'Page',
    pasteLabel: 'Collez le HTML de la page',
    fileBefore: '…ou ouvrez un fichier',
    fileAfter: 'enregistré',
    dropHint: "Vous pouvez aussi déposer un fichier n'importe où dans ce cadre. Les fichiers gardent leur propre encodage (windows-1252, Shift_JIS…).",
    urlLabel: 'Adresse de la page',
    urlHint: '(facultative ; sert à résoudre les liens et images relatifs)',
    loading: 'Chargement…',
    clean: 'Épurer',
    clear: 'Effacer',
    unavailable: 'Indisponible',
    result: 'Résultat',
    readerView: 'Vue de lecture',
    readerFrameTitle: "Vue de lecture de l'article épuré",
    coreVersion: 'Version du cœur',
    cleaning: 'Épuration…',
    found: 'Article trouvé : $1 mots, $2 blocs retirés, $3 ms.',
    guess: 'Aucun article net (meilleure estimation affichée) : $1 mots, $2 blocs retirés, $3 ms.',
    noInput: "Collez du HTML ou choisissez d'abord une page enregistrée.",
    badUrl: '« $1 » n’est pas une adresse valide (attendu : par exemple https://example.com/story.html).',
    badScheme: "L'adresse doit commencer par http://, https:// ou file://.",
    cleanFailed: "Impossible d'épurer cette page : $1",
    usingFile: 'Fichier utilisé : $1 ($2 octets).',
    wasmFailed: "Le cœur WebAssembly n'a pas pu être chargé : $1",
    noContent: "Aucun contenu d'article n'a été trouvé.",
    minutesRead: 'Lecture : $1',
    example: 'Essayer une page d’exemple',
    exampleFailed: "La page d'exemple n'a pas pu être chargée : $1",
  },
  ar: {
    pageTitle: 'عرض تجريبي لـ Declutter',
    intro: 'حوّل صفحة أخبار محفوظة إلى عرض قراءة نظيف. يجري كل شيء في هذا التبويب، بنواة WebAssembly نفسها التي تستخدمها الإضافة؛ ولا يُرفع أي شيء.',
    page: 'الصفحة',
    pasteLabel: 'الصق شيفرة HTML للصفحة',
    fileBefore: '…أو افتح ملف',
    fileAfter: 'محفوظًا',
    // Latin names isolated (U+2068…U+2069): their digits and hyphens keep their order in Arabic text.
    dropHint: 'يمكنك أيضًا إفلات ملف في أي مكان من هذا المربع. تحتفظ الملفات بترميزها (\u2068windows-1252\u2069 أو \u2068Shift_JIS\u2069…).',
    urlLabel: 'عنوان الصفحة',
    urlHint: '(اختياري؛ لحل الروابط والصور النسبية)',
    loading: 'جارٍ التحميل…',
    clean: 'نظّف',
    clear: 'امسح',
    unavailable: 'غير متاح',
    result: 'النتيجة',
    readerView: 'عرض القراءة',
    readerFrameTitle: 'عرض القراءة للمقال بعد التنظيف',
    coreVersion: 'إصدار النواة',
    cleaning: 'جارٍ التنظيف…',
    found: 'عُثر على مقال: $1 كلمة، و$2 كتلة محذوفة، في $3 ملي ثانية.',
    guess: 'لم يُعثر على مقال واضح (يُعرض أفضل تخمين): $1 كلمة، و$2 كتلة محذوفة، في $3 ملي ثانية.',
    noInput: 'الصق شيفرة HTML أو اختر صفحة محفوظة أولًا.',
    badUrl: '«$1» ليس عنوانًا صالحًا (المتوقع مثل https://example.com/story.html).',
    badScheme: 'يجب أن يبدأ العنوان بـ http:// أو https:// أو file://.',
    cleanFailed: 'تعذّر تنظيف هذه الصفحة: $1',
    usingFile: 'الملف المستخدم: $1 ($2 بايت).',
    wasmFailed: 'تعذّر تحميل نواة WebAssembly: $1',
    noContent: 'لم يُعثر على محتوى للمقال.',
    minutesRead: 'مدة القراءة: $1',
    example: 'جرّب صفحة نموذجية',
    exampleFailed: 'تعذّر تحميل الصفحة النموذجية: $1',
  },
};

/**
 * The demo page's language: an explicit `?lang=` first, else the first of the visitor's languages the
 * page speaks (by primary subtag), else English.
 * @param {readonly string[]} languages  navigator.languages
 * @param {string | null} [asked]  the `lang` query parameter
 * @returns {Language}
 */
export function pickLanguage(languages, asked) {
  for (const tag of [asked ?? '', ...languages]) {
    const primary = String(tag).toLowerCase().split(/[-_]/)[0];
    if (primary === 'en' || primary === 'fr' || primary === 'ar') return primary;
  }
  return 'en';
}

/**
 * `message` with `$1`, `$2`… replaced by `values`.
 * @param {string} message
 * @param {ReadonlyArray<string | number>} [values]
 */
export function format(message, values = []) {
  return message.replace(/\$(\d)/g, (whole, n) => (values[Number(n) - 1] !== undefined ? String(values[Number(n) - 1]) : whole));
}
