import type { Locale } from "@ishonch/i18n";
import { LanguageSwitch } from "./LanguageSwitch";

/** The dark band at the top of every page: its title, what it is for, the language switch. */
export function PageHeader(props: {
  locale: Locale;
  title: string;
  subtitle: string;
  languageLabel: string;
}) {
  return (
    <header className="site-header">
      <div>
        <h1>{props.title}</h1>
        <p>{props.subtitle}</p>
      </div>
      <LanguageSwitch locale={props.locale} label={props.languageLabel} />
    </header>
  );
}
