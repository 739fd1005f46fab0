import { DiplomasPage } from "../../src/features/diplomas/DiplomasPage";

export const dynamic = "force-dynamic";

export default DiplomasPage;
