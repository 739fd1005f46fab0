import { AuditPage } from "../../../src/features/queue/AuditPage";

export const dynamic = "force-dynamic";

export default AuditPage;
