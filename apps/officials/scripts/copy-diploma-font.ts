// Copies the diploma PDFs' font from node_modules into public/ (git-ignored), where the
// browser fetches it when it draws a class's PDFs. Run before `next build` and `next dev`.
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  diplomaFontModule,
  diplomaFontUrlPath,
} from "../src/features/diplomas/pdf/diploma-font.ts";

const source = createRequire(import.meta.url).resolve(diplomaFontModule);
const target = join("public", diplomaFontUrlPath);
mkdirSync(dirname(target), { recursive: true });
copyFileSync(source, target);
