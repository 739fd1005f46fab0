export { issueNonce as POST } from "../../../../src/features/session/server/sign-in";

export const dynamic = "force-dynamic";
