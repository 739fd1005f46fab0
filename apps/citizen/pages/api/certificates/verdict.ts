import { parseDocumentClaim } from "../../../src/features/verify/document-claim.ts";
import { checkRoute, outcomeStatus, sendJson } from "../../../src/features/verify/server/api.ts";
import { checkDocumentClaim } from "../../../src/features/verify/server/check.ts";
import { problemOutcome } from "../../../src/features/verify/verdict-view.ts";

/**
 * POST { locale, certificateHash, proof, root, orgId, chainId, contract } -> the chain's
 * verdict in words. The browser computed the hash from a document it decrypted itself: no
 * personal data is sent here.
 */
export default checkRoute("certificateCheck", async (req, res, locale) => {
  const claim = parseDocumentClaim(req.body);
  const outcome = claim
    ? await checkDocumentClaim(locale, claim)
    : problemOutcome(locale, "badRequest");
  sendJson(res, outcomeStatus(outcome), outcome);
});
