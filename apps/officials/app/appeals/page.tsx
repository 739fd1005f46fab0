import { InboxPage } from "../../src/features/appeals/InboxPage";

export const dynamic = "force-dynamic";

export default InboxPage;
