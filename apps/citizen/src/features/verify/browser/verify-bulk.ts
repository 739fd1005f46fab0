/**
 * The bulk check's script: a CSV of diploma numbers is checked by the server (numbers carry
 * no personal data); a zip of diploma files is opened, hashed and checked here, each file's
 * hashes alone going to the server. The result is a table and a CSV report to download.
 */
import { CertificateFormatError, disclosedDiplomaFields, parseDiplomaDocument } from "@ishonch/sdk";
import type { BrowserWords } from "../browser-words.ts";
import { MAX_BULK_DIPLOMAS, parseNumberList } from "../bulk-input.ts";
import { bulkReportCsv, outcomeRow, problemRow, type BulkRow } from "../bulk-report.ts";
import { BROWSER_WORDS_ID } from "../scripts.ts";
import type { VerifyOutcome } from "../verdict-view.ts";
import { requestVerdict } from "./api.ts";
import { byId, h, show } from "./dom.ts";
import { checkingElement, problemElement } from "./render.ts";
import { readZip, ZipFormatError } from "./zip.ts";

const words = JSON.parse(byId(BROWSER_WORDS_ID).textContent ?? "{}") as BrowserWords;
const result = byId("bulk-result");

function showRows(rows: BulkRow[]): void {
  const c = words.page.bulkColumns;
  const valid = rows.filter((row) => row.status === "valid").length;
  const report = URL.createObjectURL(new Blob([bulkReportCsv(rows, words)], { type: "text/csv" }));
  const header = h(
    "tr",
    {},
    ...[c.row, c.diploma, c.verdict, c.issuer, c.issuedAt, c.detail].map((text) =>
      h("th", { scope: "col" }, text),
    ),
  );
  const body = rows.map((row) =>
    h(
      "tr",
      { "data-status": row.status },
      h("td", {}, row.source),
      h("td", {}, row.diploma),
      h("td", { "data-testid": "bulk-verdict" }, row.verdict || row.status),
      h("td", {}, row.issuer),
      h("td", {}, row.issuedAt),
      h("td", {}, row.detail),
    ),
  );
  show(
    result,
    h(
      "p",
      { role: "status", "data-testid": "bulk-summary" },
      `${words.page.bulkTotal}: ${rows.length}. ${words.page.bulkValid}: ${valid}.`,
    ),
    h(
      "p",
      {},
      h(
        "a",
        { href: report, download: "ishonch-diplomas.csv", "data-testid": "bulk-report" },
        words.page.bulkDownload,
      ),
    ),
    h("table", { class: "directory bulk" }, h("thead", {}, header), h("tbody", {}, ...body)),
  );
}

function tooMany(count: number): boolean {
  if (count === 0) {
    show(result, problemElement("bulkEmpty", words.page.bulkEmpty));
    return true;
  }
  if (count > MAX_BULK_DIPLOMAS) {
    show(result, problemElement("bulkTooMany", words.page.bulkTooMany));
    return true;
  }
  return false;
}

async function checkNumbers(file: File): Promise<void> {
  const lines = parseNumberList(await file.text());
  if (tooMany(lines.length)) return;
  show(result, checkingElement(words));
  const response = await fetch("/api/certificates/numbers", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      locale: words.locale,
      numbers: lines.map(({ series, number }) => ({ series, number })),
    }),
  }).catch(() => null);
  if (!response?.ok) {
    // A refusal (too many numbers, a malformed list, a limit reached) comes with its sentence; anything else
    // means the check could not be made.
    const refusal = (await response?.json().catch(() => null)) as VerifyOutcome | null;
    return show(
      result,
      refusal?.kind === "problem"
        ? problemElement(refusal.problem, refusal.message)
        : problemElement("chainUnavailable", words.page.chainUnavailable),
    );
  }
  const { outcomes } = (await response.json()) as { outcomes: VerifyOutcome[] };
  showRows(
    lines.map((line, i) =>
      outcomeRow(
        String(line.line),
        `${line.series} ${line.number}`.trim(),
        outcomes[i] as VerifyOutcome,
      ),
    ),
  );
}

async function checkDocuments(file: File): Promise<void> {
  let entries;
  try {
    entries = readZip(new Uint8Array(await file.arrayBuffer())).filter((entry) =>
      entry.name.toLowerCase().endsWith(".json"),
    );
  } catch (error) {
    if (!(error instanceof ZipFormatError)) throw error;
    return show(result, problemElement("MalformedDocument", words.formatErrors.MalformedDocument));
  }
  if (tooMany(entries.length)) return;
  show(result, checkingElement(words));
  const rows: BulkRow[] = [];
  for (const entry of entries) {
    try {
      const document = parseDiplomaDocument(new TextDecoder().decode(await entry.read()));
      const { series = "", number = "" } = disclosedDiplomaFields(document);
      const outcome = await requestVerdict(document, words.locale);
      rows.push(
        outcome === null
          ? problemRow(entry.name, "chainUnavailable", words.page.chainUnavailable)
          : outcomeRow(entry.name, `${series} ${number}`, outcome),
      );
    } catch (error) {
      const code = error instanceof CertificateFormatError ? error.code : "MalformedDocument";
      rows.push(problemRow(entry.name, code, words.formatErrors[code]));
    }
  }
  showRows(rows);
}

function watch(id: string, check: (file: File) => Promise<void>): void {
  const input = byId<HTMLInputElement>(id);
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    input.value = "";
    if (file) void check(file);
  });
}

byId("script-needed").hidden = true;
byId("bulk-form").hidden = false;
watch("numbers-input", checkNumbers);
watch("documents-input", checkDocuments);
