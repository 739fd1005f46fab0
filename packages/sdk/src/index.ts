export * from "./deployment.ts";
export * from "./contracts.ts";
export * from "./errors.ts";
export * from "./events.ts";
export * from "./organizations.ts";
export * from "./generated/enums.ts";
