import { ClassIssue } from "./ClassIssue";
import { CorrectionForm } from "./CorrectionForm";
import { RevokeForm } from "./RevokeForm";
import { SingleIssue } from "./SingleIssue";

/** Where the citizen app answers QR codes; printed into every diploma's code. */
function citizenUrl(): string {
  return process.env.ISHONCH_CITIZEN_URL ?? "http://localhost:3000";
}

/** Issue one diploma or a class, correct one, revoke one. */
export function DiplomasPage() {
  return (
    <>
      <SingleIssue citizenUrl={citizenUrl()} />
      <ClassIssue citizenUrl={citizenUrl()} />
      <CorrectionForm citizenUrl={citizenUrl()} />
      <RevokeForm />
    </>
  );
}
