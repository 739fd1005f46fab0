import { Head, Html, Main, NextScript, type DocumentProps } from "next/document";
import { defaultLocale, isLocale } from "@ishonch/i18n";

/** `<html lang>` follows the locale in the URL; pages without one (404, 500) are in Uzbek first. */
export default function CitizenDocument({ __NEXT_DATA__ }: DocumentProps) {
  const locale = __NEXT_DATA__.query.locale;
  return (
    <Html lang={isLocale(locale) ? locale : defaultLocale}>
      <Head>
        <meta name="color-scheme" content="light" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
