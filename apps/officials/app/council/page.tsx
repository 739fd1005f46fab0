import { CouncilPage } from "../../src/features/council/CouncilPage";

export default CouncilPage;
