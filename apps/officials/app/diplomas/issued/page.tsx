import { IssuedDiplomaSearch } from "../../../src/features/diplomas/issued/IssuedDiplomaSearch";

export const dynamic = "force-dynamic";

/** The school's own issued diplomas, searched by its staff (see app/api/diplomas/search). */
export default function IssuedDiplomasPage() {
  return <IssuedDiplomaSearch />;
}
