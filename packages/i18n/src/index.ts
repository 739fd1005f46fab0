export * from "./locales.ts";
export * from "./vocabulary.ts";
export * from "./errors.ts";
export * from "./verify-words.ts";
export * from "./appeals-words.ts";
export * from "./certificates-words.ts";
export * from "./queue-words.ts";
export * from "./check-words.ts";
