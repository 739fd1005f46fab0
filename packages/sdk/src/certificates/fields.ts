// The fields of a diploma, their normalisation and their checks: shared by the single-diploma
// form and the class CSV, so that the same typed value always gives the same hash.

export const degreeLevels = ["School", "Vocational", "Bachelor", "Master", "Doctorate"] as const;
export type DegreeLevel = (typeof degreeLevels)[number];

/** A diploma's fields, normalised. Dates are ISO (YYYY-MM-DD); empty Cyrillic name = not given. */
export interface DiplomaFields {
  holderNameLatin: string;
  holderNameCyrillic: string;
  dateOfBirth: string;
  studentId: string;
  faculty: string;
  programme: string;
  degreeLevel: DegreeLevel;
  grade: string;
  graduationDate: string;
  series: string;
  number: string;
}
export type DiplomaFieldName = keyof DiplomaFields;

/** The canonical order of the fields: the content hash is computed in this order. */
export const diplomaFieldNames = [
  "holderNameLatin",
  "holderNameCyrillic",
  "dateOfBirth",
  "studentId",
  "faculty",
  "programme",
  "degreeLevel",
  "grade",
  "graduationDate",
  "series",
  "number",
] as const satisfies readonly DiplomaFieldName[];

/** Fields the holder may not hide: the number lookup recomputes its key from them. */
export const alwaysDisclosedFields: readonly DiplomaFieldName[] = ["series", "number"];

/** A diploma's fields as typed in the form or read from the CSV, before normalisation. */
export type RawDiplomaFields = Record<DiplomaFieldName, string>;

export type DiplomaFieldErrorCode =
  | "MissingValue"
  | "InvalidDate"
  | "DateInFuture"
  | "InvalidGrade"
  | "InvalidDegreeLevel"
  | "InvalidName"
  | "InvalidSeries"
  | "InvalidNumber"
  | "ValueTooLong";

export interface DiplomaFieldError {
  field: DiplomaFieldName;
  code: DiplomaFieldErrorCode;
  args: Record<string, string | number>;
}

export const MAX_FIELD_LENGTH = 200;

// Uzbek Latin writes oʻ/gʻ with U+02BB and the glottal stop with U+02BC; keyboards and
// spreadsheets produce ' ` ‘ ’ ´ ʼ ʻ instead. Normalising makes "Gʻofur" and "G'ofur" one name.
const APOSTROPHES = /['`‘’´ʼʻ]/gu;
const OKINA = "ʻ";
const TUTUQ = "ʼ";

function normaliseUzbekApostrophes(text: string): string {
  return text.replace(APOSTROPHES, (_mark, offset: number, whole: string) =>
    /[oOgG]/.test(whole[offset - 1] ?? "") ? OKINA : TUTUQ,
  );
}

/** Trimmed, NFC, single spaces: one spelling per value. */
function normaliseText(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/gu, " ");
}

// Cyrillic letters that look like Latin ones, as they appear in typed diploma series.
const SERIES_LOOKALIKES: Record<string, string> = {
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  Х: "X",
  У: "Y",
};

/** The diploma series as printed: Latin capitals, no spaces ("ab", "АВ" and "A B" are "AB"). */
export function normaliseSeries(series: string): string {
  return series
    .replace(/[\s\-–—.№#]/gu, "")
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[АВЕКМНОРСТХУ]/gu, (letter) => SERIES_LOOKALIKES[letter] ?? letter);
}

/** The diploma number: its digits only ("№ 0012 345" is "0012345"). */
export function normaliseNumber(number: string): string {
  // № first: NFKC would turn it into "No".
  return number.replace(/[\s\-–—.№#]/gu, "").normalize("NFKC");
}

const DEGREE_ALIASES: Record<string, DegreeLevel> = {
  school: "School",
  maktab: "School",
  школа: "School",
  vocational: "Vocational",
  kollej: "Vocational",
  texnikum: "Vocational",
  колледж: "Vocational",
  техникум: "Vocational",
  bachelor: "Bachelor",
  bakalavr: "Bachelor",
  бакалавр: "Bachelor",
  master: "Master",
  magistr: "Master",
  магистр: "Master",
  doctorate: "Doctorate",
  phd: "Doctorate",
  doktorantura: "Doctorate",
  докторантура: "Doctorate",
};

/** A degree level from its English name or its usual Uzbek or Russian word. */
export function parseDegreeLevel(text: string): DegreeLevel | null {
  return DEGREE_ALIASES[normaliseText(text).toLowerCase()] ?? null;
}

/** An ISO date from DD.MM.YYYY (or D.M.YYYY, or ISO itself); null when no such day exists. */
export function parseDiplomaDate(text: string): string | null {
  const value = text.trim();
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = dotted
    ? [Number(dotted[3]), Number(dotted[2]), Number(dotted[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [0, 0, 0];
  if (year < 1900) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** A grade or GPA with a decimal comma or point, 0 to 100, at most two decimals: "4,5" is "4.5". */
export function parseGrade(text: string): string | null {
  const value = text.trim().replace(",", ".");
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(value) || Number(value) > 100) return null;
  return value;
}

const LATIN_NAME = /^[A-Za-zʻʼ\- ]+$/u;
const CYRILLIC_NAME = /^[\u0400-\u04FF\- ]+$/u;

const textFields: readonly DiplomaFieldName[] = ["studentId", "faculty", "programme"];

/**
 * Normalises and checks a diploma's fields; every problem is reported, with the field.
 * @param today ISO date used to refuse a birth date in the future (tests pass their own).
 */
export function checkDiplomaFields(
  raw: RawDiplomaFields,
  today: string = new Date().toISOString().slice(0, 10),
): { fields: DiplomaFields | null; errors: DiplomaFieldError[] } {
  const errors: DiplomaFieldError[] = [];
  const fail = (
    field: DiplomaFieldName,
    code: DiplomaFieldErrorCode,
    args: Record<string, string | number> = {},
  ): void => {
    errors.push({ field, code, args });
  };
  const text = {} as Record<DiplomaFieldName, string>;
  for (const name of diplomaFieldNames) {
    text[name] = normaliseText(raw[name] ?? "");
    if (text[name].length > MAX_FIELD_LENGTH) {
      fail(name, "ValueTooLong", { maxLength: MAX_FIELD_LENGTH });
    } else if (text[name] === "" && name !== "holderNameCyrillic") {
      fail(name, "MissingValue");
    }
  }
  const failed = (name: DiplomaFieldName): boolean => errors.some((e) => e.field === name);

  const holderNameLatin = normaliseUzbekApostrophes(text.holderNameLatin);
  if (!failed("holderNameLatin") && !LATIN_NAME.test(holderNameLatin)) {
    fail("holderNameLatin", "InvalidName");
  }
  const holderNameCyrillic = text.holderNameCyrillic;
  if (
    !failed("holderNameCyrillic") &&
    holderNameCyrillic &&
    !CYRILLIC_NAME.test(holderNameCyrillic)
  ) {
    fail("holderNameCyrillic", "InvalidName");
  }
  const dates: Partial<Record<"dateOfBirth" | "graduationDate", string>> = {};
  for (const name of ["dateOfBirth", "graduationDate"] as const) {
    if (failed(name)) continue;
    const iso = parseDiplomaDate(text[name]);
    if (!iso) fail(name, "InvalidDate", { value: text[name] });
    else dates[name] = iso;
  }
  if (dates.dateOfBirth && dates.dateOfBirth > today) fail("dateOfBirth", "DateInFuture");
  const degreeLevel = failed("degreeLevel") ? null : parseDegreeLevel(text.degreeLevel);
  if (!failed("degreeLevel") && !degreeLevel) {
    fail("degreeLevel", "InvalidDegreeLevel", { value: text.degreeLevel });
  }
  const grade = failed("grade") ? null : parseGrade(text.grade);
  if (!failed("grade") && grade === null) fail("grade", "InvalidGrade", { value: text.grade });
  const series = normaliseSeries(text.series);
  if (!failed("series") && !/^[A-Z]{1,4}$/.test(series)) fail("series", "InvalidSeries");
  const number = normaliseNumber(text.number);
  if (!failed("number") && !/^\d{1,12}$/.test(number)) fail("number", "InvalidNumber");
  for (const name of textFields) {
    text[name] = normaliseUzbekApostrophes(text[name]);
  }

  if (errors.length > 0) return { fields: null, errors };
  return {
    fields: {
      holderNameLatin,
      holderNameCyrillic,
      dateOfBirth: dates.dateOfBirth!,
      studentId: text.studentId,
      faculty: text.faculty,
      programme: text.programme,
      degreeLevel: degreeLevel!,
      grade: grade!,
      graduationDate: dates.graduationDate!,
      series,
      number,
    },
    errors,
  };
}
