// The class CSV that school staff fill in a spreadsheet: one diploma per row. Every row is
// checked before anything is signed and every problem is reported with the line it is on.
import {
  checkDiplomaFields,
  diplomaFieldNames,
  normaliseNumber,
  normaliseSeries,
  type DiplomaFieldErrorCode,
  type DiplomaFieldName,
  type DiplomaFields,
  type RawDiplomaFields,
} from "./fields.ts";

/** The CSV's columns, as its header names them, mapped to the diploma's fields. */
export const diplomaCsvColumns = {
  full_name_latin: "holderNameLatin",
  full_name_cyrillic: "holderNameCyrillic",
  date_of_birth: "dateOfBirth",
  student_id: "studentId",
  faculty: "faculty",
  programme: "programme",
  degree_level: "degreeLevel",
  grade: "grade",
  graduation_date: "graduationDate",
  series: "series",
  number: "number",
} as const satisfies Record<string, DiplomaFieldName>;
export type DiplomaCsvColumn = keyof typeof diplomaCsvColumns;

const columnOfField = Object.fromEntries(
  Object.entries(diplomaCsvColumns).map(([column, field]) => [field, column]),
) as Record<DiplomaFieldName, DiplomaCsvColumn>;

const optionalColumns: readonly DiplomaCsvColumn[] = ["full_name_cyrillic"];

/** The most rows one class file may hold (a large university's graduation day). */
export const MAX_CSV_ROWS = 50_000;

export type DiplomaCsvFileErrorCode = "EmptyFile" | "MissingColumns" | "TooManyRows";
export type DiplomaCsvErrorCode =
  DiplomaFieldErrorCode | "WrongColumnCount" | "DuplicateStudentId" | "DuplicateDiplomaNumber";

export interface DiplomaCsvError {
  /** The file's line where the row starts (the header is line 1). */
  rowNumber: number;
  column: DiplomaCsvColumn | null;
  code: DiplomaCsvErrorCode;
  args: Record<string, string | number>;
}

export interface DiplomaCsvResult {
  rows: { rowNumber: number; fields: DiplomaFields }[];
  errors: DiplomaCsvError[];
  fileError: { code: DiplomaCsvFileErrorCode; args: Record<string, string | number> } | null;
}

/** The downloadable template: the header and one example row (a made-up graduate), `;`-separated. */
export function diplomaCsvTemplate(): string {
  const example: Record<DiplomaCsvColumn, string> = {
    full_name_latin: "Gʻayrat Oʻktamov",
    full_name_cyrillic: "Ғайрат Ўктамов",
    date_of_birth: "05.03.2002",
    student_id: "ST-2020-0001",
    faculty: "Axborot texnologiyalari",
    programme: "Dasturiy injiniring",
    degree_level: "Bachelor",
    grade: "4,5",
    graduation_date: "30.06.2024",
    series: "AB",
    number: "1234567",
  };
  const columns = Object.keys(diplomaCsvColumns) as DiplomaCsvColumn[];
  return `${columns.join(";")}\n${columns.map((column) => example[column]).join(";")}\n`;
}

/** Splits CSV text into records (RFC 4180 quotes), each with the line it starts on. */
function* readRecords(
  text: string,
  delimiter: string,
): Generator<{ line: number; cells: string[] }> {
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line++;
        cell += char;
      }
    } else if (char === '"' && cell === "") quoted = true;
    else if (char === delimiter) {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      yield { line: recordLine, cells };
      cells = [];
      cell = "";
      line++;
      recordLine = line;
    } else cell += char;
  }
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    yield { line: recordLine, cells };
  }
}

/** Excel in Uzbek and Russian locales saves with `;`, elsewhere with `,`: read the header. */
function detectDelimiter(headerLine: string): string {
  const count = (char: string): number => headerLine.split(char).length;
  return count(";") >= count(",") ? ";" : ",";
}

/**
 * Reads a class CSV (UTF-8 with or without BOM, `,` or `;`, DD.MM.YYYY dates, decimal comma).
 * Rows are checked one by one and also against each other (a student id or a diploma number
 * twice). Issue only when `fileError` is null and `errors` is empty. 20,000 rows take well
 * under a second.
 */
export function parseDiplomaCsv(
  text: string,
  today: string = new Date().toISOString().slice(0, 10),
): DiplomaCsvResult {
  const result: DiplomaCsvResult = { rows: [], errors: [], fileError: null };
  const content = text.replace(/^\uFEFF/, "");
  const delimiter = detectDelimiter(content.slice(0, content.search(/\r|\n|$/)));
  const records = readRecords(content, delimiter);
  let header: string[] | null = null;
  const indexOf = {} as Record<DiplomaCsvColumn, number>;
  const studentIds = new Map<string, number>();
  const diplomaNumbers = new Map<string, number>();
  let rowCount = 0;

  for (const { line, cells } of records) {
    if (cells.every((cell) => cell.trim() === "")) continue;
    if (!header) {
      header = cells.map((cell) => cell.trim().toLowerCase());
      const missing = (Object.keys(diplomaCsvColumns) as DiplomaCsvColumn[]).filter(
        (column) => !header!.includes(column) && !optionalColumns.includes(column),
      );
      if (missing.length > 0) {
        result.fileError = { code: "MissingColumns", args: { columns: missing.join(", ") } };
        return result;
      }
      for (const column of Object.keys(diplomaCsvColumns) as DiplomaCsvColumn[]) {
        indexOf[column] = header.indexOf(column);
      }
      continue;
    }
    rowCount++;
    if (rowCount > MAX_CSV_ROWS) {
      result.fileError = { code: "TooManyRows", args: { max: MAX_CSV_ROWS } };
      result.rows = [];
      return result;
    }
    if (cells.length !== header.length) {
      result.errors.push({
        rowNumber: line,
        column: null,
        code: "WrongColumnCount",
        args: { expected: header.length, actual: cells.length },
      });
      continue;
    }
    const raw = {} as RawDiplomaFields;
    for (const field of diplomaFieldNames) {
      const position = indexOf[columnOfField[field]];
      raw[field] = position >= 0 ? cells[position]! : "";
    }
    const { fields, errors } = checkDiplomaFields(raw, today);
    for (const error of errors) {
      result.errors.push({
        rowNumber: line,
        column: columnOfField[error.field],
        code: error.code,
        args: error.args,
      });
    }
    // Duplicates are found on the raw values, so that a copy of a row with another error is
    // still reported once that error is fixed.
    const studentId = raw.studentId.trim();
    const numberText = `${normaliseSeries(raw.series)}/${normaliseNumber(raw.number)}`;
    const firstWithId = studentId ? studentIds.get(studentId) : undefined;
    const firstWithNumber = raw.number.trim() ? diplomaNumbers.get(numberText) : undefined;
    if (firstWithId !== undefined) {
      result.errors.push({
        rowNumber: line,
        column: "student_id",
        code: "DuplicateStudentId",
        args: { firstRow: firstWithId },
      });
    } else if (studentId) studentIds.set(studentId, line);
    if (firstWithNumber !== undefined) {
      result.errors.push({
        rowNumber: line,
        column: "number",
        code: "DuplicateDiplomaNumber",
        args: { firstRow: firstWithNumber },
      });
    } else if (raw.number.trim()) diplomaNumbers.set(numberText, line);
    if (!fields || firstWithId !== undefined || firstWithNumber !== undefined) continue;
    result.rows.push({ rowNumber: line, fields });
  }
  if (!header || (rowCount === 0 && result.errors.length === 0)) {
    result.fileError = { code: "EmptyFile", args: {} };
  }
  return result;
}
