import type { NextApiRequest, NextApiResponse } from "next";
import { loadDiplomaCopy, sharedRecords } from "@ishonch/records";
import {
  requestLocale,
  sendJson,
  withinLimit,
} from "../../../../src/features/verify/server/api.ts";

/** The store's ids are 16 random bytes in base64url (see the SDK's encryptDocument). */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{22}$/;

/**
 * GET -> { ciphertext } of a diploma's encrypted copy. The key is only in the QR code's URL
 * fragment, which browsers never send: this server cannot read what it serves.
 */
export default async function encryptedDocumentRoute(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "GET") {
    res.setHeader("Allow", "GET");
    return sendJson(res, 405, { error: "GET only" });
  }
  if (!(await withinLimit(req, res, requestLocale(req.query), "certificateCheck"))) return;
  const id = String(req.query.id ?? "");
  if (!DOCUMENT_ID.test(id)) return sendJson(res, 400, { error: "not a document id" });
  try {
    const ciphertext = await loadDiplomaCopy(await sharedRecords(), id);
    if (ciphertext === null) return sendJson(res, 404, { error: "no such document" });
    sendJson(res, 200, { ciphertext });
  } catch (error) {
    console.error("citizen: document store unavailable:", error);
    sendJson(res, 503, { error: "store unavailable" });
  }
}
