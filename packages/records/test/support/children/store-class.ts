// A records writer to kill: stores a class as the officials app's route does
// (storeIssuedDiplomas, one transaction). Says "ready" once the class is read and the
// records are open, "stored" when done.
// Usage: node --import tsx store-class.ts RECORDS_URL CLASS_FILE
import { readFileSync } from "node:fs";
import { parseDiplomaDocument } from "@ishonch/sdk";
import { openRecords, storeIssuedDiplomas, type IssuedDiplomaRecord } from "../../../src/index.ts";

const [url, file] = process.argv.slice(2);
const diplomas = (JSON.parse(readFileSync(file!, "utf8")) as IssuedDiplomaRecord[]).map(
  ({ document, copy }) => ({ document: parseDiplomaDocument(document), copy }),
);
const records = await openRecords(url);
console.log("ready");
await storeIssuedDiplomas(records, diplomas);
console.log("stored");
process.exit(0);
