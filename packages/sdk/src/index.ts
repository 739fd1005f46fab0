export * from "./deployment.js";
export * from "./contracts.js";
export * from "./errors.js";
export * from "./events.js";
export * from "./organizations.js";
export * from "./generated/enums.js";
