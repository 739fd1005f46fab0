import type { Metadata } from "next";
import type { ReactNode } from "react";
import { messagesFor } from "../src/messages";
import { requestLocale } from "../src/server/locale";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { meta } = messagesFor(await requestLocale());
  return { title: meta.title, description: meta.description };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  );
}
