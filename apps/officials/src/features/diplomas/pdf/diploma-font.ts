// The typeface of the diploma PDFs. Noto Sans (SIL Open Font License) draws Uzbek Latin with
// its oʻ gʻ and ʼ, Russian and Uzbek Cyrillic (ў қ ғ ҳ) and English; the PDF's own standard
// fonts cannot. The file comes from the npm package, never from git: the build copies it into
// public/ (scripts/copy-diploma-font.ts), where the browser fetches it.

/** The TrueType file inside node_modules. */
export const diplomaFontModule = "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf";

/** Where the officials app serves the copy. */
export const diplomaFontUrlPath = "/fonts/NotoSans_400Regular.ttf";
