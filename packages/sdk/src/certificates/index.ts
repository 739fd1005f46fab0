// Diplomas: the document format, Merkle batches, QR codes, the class CSV and the registry's
// operations. See README.md in this folder for the whole API.
export * from "./errors.ts";
export * from "./fields.ts";
export * from "./document.ts";
export * from "./merkle.ts";
export * from "./qr.ts";
export * from "./csv.ts";
export * from "./operations.ts";
export * from "./staff-access.ts";
