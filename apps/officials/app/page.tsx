import { HomePage } from "../src/features/organizations/HomePage";

// The deployment file and the index change while the app runs: render every request.
export const dynamic = "force-dynamic";

export default HomePage;
