import { localeNames, locales, type Locale } from "@ishonch/i18n";
import { chooseLocale } from "../server/choose-locale";

/** Three buttons, one per language; works without JavaScript (a server action). */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  return (
    <form action={chooseLocale} className="language-switch" aria-label={label}>
      {locales.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          aria-pressed={option === locale}
          className={option === locale ? "current" : undefined}
        >
          {localeNames[option]}
        </button>
      ))}
    </form>
  );
}
