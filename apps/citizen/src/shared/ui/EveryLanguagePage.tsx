import Head from "next/head";
import { locales, wordsIn, type Words } from "@ishonch/i18n";

/**
 * An error page built without a request (404, 500): it cannot know the visitor's language,
 * so it speaks all three, each linking home.
 */
export function EveryLanguagePage(props: {
  code: number;
  words: { title: Words; text?: Words; home: Words };
}) {
  return (
    <>
      <Head>
        <title>{`${props.code} · Ishonch`}</title>
      </Head>
      <main id="main" className="container">
        {locales.map((locale) => {
          const m = wordsIn(locale, props.words);
          return (
            <section key={locale} lang={locale} className="card">
              <h1>{m.title}</h1>
              {m.text && <p>{m.text}</p>}
              <p>
                <a href={`/${locale}`}>{m.home}</a>
              </p>
            </section>
          );
        })}
      </main>
    </>
  );
}
