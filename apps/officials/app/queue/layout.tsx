import type { ReactNode } from "react";
import { ServiceLayout } from "../../src/components/workspace/ServiceLayout";
import { messagesFor } from "../../src/messages";
import { requestLocale } from "../../src/server/locale";

// The deployment file, the index and the chain change while the app runs.
export const dynamic = "force-dynamic";

/** The queue pages: header, wallet, then a district's queues or one queue's audit. */
export default async function QueueLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  const messages = messagesFor(locale);
  const { title, subtitle, backHome } = messages.queue;
  return (
    <ServiceLayout locale={locale} messages={messages} heading={{ title, subtitle, backHome }}>
      {children}
    </ServiceLayout>
  );
}
