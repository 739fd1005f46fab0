import { DistrictPage } from "../../src/features/queue/DistrictPage";

export const dynamic = "force-dynamic";

export default DistrictPage;
