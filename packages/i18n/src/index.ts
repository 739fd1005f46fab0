export * from "./locales.ts";
export * from "./vocabulary.ts";
export * from "./errors.ts";
