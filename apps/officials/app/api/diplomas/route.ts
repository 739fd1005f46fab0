export { POST } from "../../../src/features/diplomas/server/store-issued";

export const dynamic = "force-dynamic";
