export * from "./errors.ts";
export * from "./validation.ts";
export * from "./secret.ts";
export * from "./sealing.ts";
export * from "./documents.ts";
export * from "./operations.ts";
