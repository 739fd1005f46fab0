export * from "./calls.ts";
export * from "./operations.ts";
export * from "./reads.ts";
