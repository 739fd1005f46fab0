export {
  currentSession as GET,
  signIn as POST,
  signOut as DELETE,
} from "../../../src/features/session/server/sign-in";

export const dynamic = "force-dynamic";
