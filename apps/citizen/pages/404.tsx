import type { PageConfig } from "next";
import Head from "next/head";
import { locales } from "@ishonch/i18n";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

// Built once, without a request: it cannot know the visitor's language, so it speaks all three.
const notFound = {
  uz: { title: "Sahifa topilmadi", home: "Bosh sahifaga qaytish" },
  ru: { title: "Страница не найдена", home: "Вернуться на главную" },
  en: { title: "Page not found", home: "Back to the home page" },
};

export default function NotFoundPage() {
  return (
    <>
      <Head>
        <title>{`404 · Ishonch`}</title>
      </Head>
      <main id="main" className="container">
        {locales.map((locale) => (
          <section key={locale} lang={locale} className="card">
            <h1>{notFound[locale].title}</h1>
            <p>
              <a href={`/${locale}`}>{notFound[locale].home}</a>
            </p>
          </section>
        ))}
      </main>
    </>
  );
}
