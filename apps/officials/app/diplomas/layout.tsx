import type { ReactNode } from "react";
import Link from "next/link";
import { ServiceLayout } from "../../src/components/workspace/ServiceLayout";
import { messagesFor } from "../../src/messages";
import { diplomaMessagesFor } from "../../src/messages/diplomas";
import { diplomaSearchMessagesFor } from "../../src/messages/diplomas/search";
import { requestLocale } from "../../src/server/locale";

export const dynamic = "force-dynamic";

/** The diplomas pages: header, wallet, then the class and revocation forms. */
export default async function DiplomasLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  const m = diplomaMessagesFor(locale);
  return (
    <ServiceLayout
      locale={locale}
      messages={messagesFor(locale)}
      heading={{ title: m.title, subtitle: m.subtitle, backHome: m.backHome }}
    >
      <nav className="actions" aria-label={m.title}>
        <Link href="/diplomas">{m.homeLink}</Link>
        <Link href="/diplomas/issued">{diplomaSearchMessagesFor(locale).link}</Link>
      </nav>
      {children}
    </ServiceLayout>
  );
}
