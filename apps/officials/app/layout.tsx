import type { Metadata } from "next";
import type { ReactNode } from "react";
import { wordsIn } from "@ishonch/i18n";
import { loadDeployment } from "../src/shared/server/deployment";
import { requestLocale } from "../src/shared/server/locale";
import { LocaleProvider } from "../src/shared/ui/locale";
import { sharedWords } from "../src/shared/ui/words";
import { WalletProvider } from "../src/shared/wallet/WalletProvider";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { meta } = wordsIn(await requestLocale(), sharedWords);
  return { title: meta.title, description: meta.description };
}

/** Every page: its language, and one wallet for the whole app once the platform is deployed. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  const deployment = loadDeployment();
  return (
    <html lang={locale}>
      <body>
        <LocaleProvider locale={locale}>
          {deployment.ok ? (
            <WalletProvider deployment={deployment.deployment}>{children}</WalletProvider>
          ) : (
            children
          )}
        </LocaleProvider>
      </body>
    </html>
  );
}
