import Head from "next/head";
import type { ReactNode } from "react";
import { localeNames, wordsIn } from "@ishonch/i18n";
import type { PageFrame } from "../view-models.ts";
import { siteWords } from "./words.ts";

interface LayoutProps {
  frame: PageFrame;
  /** The page's own title, its heading; the site name is added in the browser's title. */
  title: string;
  /** Above the heading: the way back to where the page was found. */
  back?: ReactNode;
  /** Below the heading: what the page is for. */
  lead?: ReactNode;
  children: ReactNode;
}

/** Header with the language switch (plain links: no script needed), main, footer. */
export function Layout({ frame, title, back, lead, children }: LayoutProps) {
  const m = wordsIn(frame.locale, siteWords);
  return (
    <>
      <Head>
        <title>{`${title} · ${m.siteName}`}</title>
        <meta name="description" content={m.tagline} />
        {frame.alternates.map((link) => (
          <link key={link.locale} rel="alternate" hrefLang={link.locale} href={link.href} />
        ))}
      </Head>
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <a className="brand" href={`/${frame.locale}`}>
            {m.siteName}
          </a>
          <nav aria-label={m.languageNav}>
            <ul className="language-switch">
              {frame.alternates.map((link) => (
                <li key={link.locale}>
                  <a
                    href={link.href}
                    hrefLang={link.locale}
                    lang={link.locale}
                    aria-current={link.locale === frame.locale ? "true" : undefined}
                  >
                    {localeNames[link.locale]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="container">
        {back}
        <h1>{title}</h1>
        {lead && <p className="lead">{lead}</p>}
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{m.footer}</p>
        </div>
      </footer>
    </>
  );
}
