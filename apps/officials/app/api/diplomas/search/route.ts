export { POST } from "../../../../src/features/diplomas/server/search-issued";

export const dynamic = "force-dynamic";
