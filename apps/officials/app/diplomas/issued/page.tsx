import { IssuedDiplomaSearch } from "../../../src/components/diplomas/issued/IssuedDiplomaSearch";
import { diplomaSearchMessagesFor } from "../../../src/messages/diplomas/search";
import { requestLocale } from "../../../src/server/locale";

export const dynamic = "force-dynamic";

/** The school's own issued diplomas, searched by its staff (see app/api/diplomas/search). */
export default async function IssuedDiplomasPage() {
  return <IssuedDiplomaSearch m={diplomaSearchMessagesFor(await requestLocale())} />;
}
