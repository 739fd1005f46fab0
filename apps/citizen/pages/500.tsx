import type { PageConfig } from "next";
import Head from "next/head";
import { locales } from "@ishonch/i18n";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

// Shown for any unexpected server error, never with details: those go to the server log.
const failure = {
  uz: {
    title: "Xatolik yuz berdi",
    text: "Birozdan soʻng qayta urinib koʻring.",
    home: "Bosh sahifa",
  },
  ru: { title: "Произошла ошибка", text: "Попробуйте ещё раз чуть позже.", home: "На главную" },
  en: { title: "Something went wrong", text: "Please try again shortly.", home: "Home page" },
};

export default function ServerErrorPage() {
  return (
    <>
      <Head>
        <title>{`500 · Ishonch`}</title>
      </Head>
      <main id="main" className="container">
        {locales.map((locale) => (
          <section key={locale} lang={locale} className="card">
            <h1>{failure[locale].title}</h1>
            <p>{failure[locale].text}</p>
            <p>
              <a href={`/${locale}`}>{failure[locale].home}</a>
            </p>
          </section>
        ))}
      </main>
    </>
  );
}
