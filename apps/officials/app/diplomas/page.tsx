import { ClassIssue } from "../../src/components/diplomas/ClassIssue";
import { CorrectionForm } from "../../src/components/diplomas/CorrectionForm";
import { RevokeForm } from "../../src/components/diplomas/RevokeForm";
import { SingleIssue } from "../../src/components/diplomas/SingleIssue";
import { diplomaMessagesFor } from "../../src/messages/diplomas";
import { requestLocale } from "../../src/server/locale";

export const dynamic = "force-dynamic";

/** Where the citizen app answers QR codes; printed into every diploma's code. */
function citizenUrl(): string {
  return process.env.ISHONCH_CITIZEN_URL ?? "http://localhost:3000";
}

export default async function DiplomasPage() {
  const m = diplomaMessagesFor(await requestLocale());
  return (
    <>
      <SingleIssue m={m} citizenUrl={citizenUrl()} />
      <ClassIssue m={m} citizenUrl={citizenUrl()} />
      <CorrectionForm m={m} citizenUrl={citizenUrl()} />
      <RevokeForm m={m} />
    </>
  );
}
