import { AppealPage } from "../../../src/features/appeals/AppealPage";

export const dynamic = "force-dynamic";

export default AppealPage;
