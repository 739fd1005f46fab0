export * from "./locales.js";
export * from "./vocabulary.js";
export * from "./errors.js";
