import type {
  CertificateFormatErrorCode,
  DegreeLevel,
  DiplomaCsvErrorCode,
  DiplomaCsvFileErrorCode,
  DiplomaFieldName,
  DiplomaVerdictKind,
  RevocationReasonName,
} from "@ishonch/sdk";
import { format, type Locale, type Words } from "./locales.ts";

// Words of diplomas: the fields, the verdicts, the revocation reasons and every reason a CSV
// row, a document file or a scanned code is refused. Typed as complete records, so a new code
// cannot ship without its words in all three languages.

const field: Record<DiplomaFieldName, Words> = {
  holderNameLatin: { uz: "F.I.Sh. (lotin)", ru: "Ф.И.О. (латиница)", en: "Full name (Latin)" },
  holderNameCyrillic: {
    uz: "F.I.Sh. (kirill)",
    ru: "Ф.И.О. (кириллица)",
    en: "Full name (Cyrillic)",
  },
  dateOfBirth: { uz: "Tugʻilgan sana", ru: "Дата рождения", en: "Date of birth" },
  studentId: { uz: "Talaba raqami", ru: "Номер студента", en: "Student id" },
  faculty: { uz: "Fakultet", ru: "Факультет", en: "Faculty" },
  programme: { uz: "Taʼlim yoʻnalishi", ru: "Направление", en: "Programme" },
  degreeLevel: { uz: "Daraja", ru: "Уровень", en: "Degree level" },
  grade: { uz: "Baho / GPA", ru: "Оценка / GPA", en: "Grade / GPA" },
  graduationDate: { uz: "Bitirgan sana", ru: "Дата окончания", en: "Graduation date" },
  series: { uz: "Diplom seriyasi", ru: "Серия диплома", en: "Diploma series" },
  number: { uz: "Diplom raqami", ru: "Номер диплома", en: "Diploma number" },
};

const degree: Record<DegreeLevel, Words> = {
  School: { uz: "Umumiy oʻrta taʼlim", ru: "Общее среднее образование", en: "School" },
  Vocational: { uz: "Oʻrta maxsus taʼlim", ru: "Среднее специальное", en: "Vocational" },
  Bachelor: { uz: "Bakalavr", ru: "Бакалавр", en: "Bachelor" },
  Master: { uz: "Magistr", ru: "Магистр", en: "Master" },
  Doctorate: { uz: "Doktorantura", ru: "Докторантура", en: "Doctorate" },
};

const verdict: Record<DiplomaVerdictKind, Words> = {
  valid: {
    uz: "Diplom haqiqiy: uni akkreditatsiyadan oʻtgan tashkilot bergan va u bekor qilinmagan.",
    ru: "Диплом подлинный: выдан аккредитованной организацией и не отозван.",
    en: "Genuine: issued by an accredited organization and not revoked.",
  },
  revoked: {
    uz: "Diplom bekor qilingan.",
    ru: "Диплом отозван.",
    en: "This diploma has been revoked.",
  },
  tampered: {
    uz: "Hujjat oʻzgartirilgan: maʼlumotlari berilgan diplomga mos kelmaydi.",
    ru: "Документ изменён: его данные не совпадают с выданным дипломом.",
    en: "Tampered: the details do not match the diploma that was issued.",
  },
  notIssued: {
    uz: "Bunday diplom berilmagan.",
    ru: "Такой диплом не выдавался.",
    en: "No such diploma was issued.",
  },
  issuerNotAccredited: {
    uz: "Diplomni bergan tashkilot hozir akkreditatsiyaga ega emas yoki faoliyati toʻxtatilgan.",
    ru: "Организация, выдавшая диплом, сейчас не аккредитована или приостановлена.",
    en: "The issuing organization is not accredited at present, or is suspended.",
  },
};

const reason: Record<RevocationReasonName, Words> = {
  IssuedInError: { uz: "Xato bilan berilgan", ru: "Выдан по ошибке", en: "Issued in error" },
  Superseded: {
    uz: "Tuzatilgan diplom bilan almashtirilgan",
    ru: "Заменён исправленным дипломом",
    en: "Replaced by a corrected diploma",
  },
  Fraud: {
    uz: "Firibgarlik yoki akademik qoidabuzarlik",
    ru: "Мошенничество или академическое нарушение",
    en: "Fraud or academic misconduct",
  },
  AnnulledByAuthority: {
    uz: "Sud yoki vakolatli organ tomonidan bekor qilingan",
    ru: "Аннулирован судом или уполномоченным органом",
    en: "Annulled by a court or a competent authority",
  },
  NotEntitled: {
    uz: "Tashkilot bu diplomni berishga haqli emas edi",
    ru: "Организация не имела права выдавать этот диплом",
    en: "The organization was not entitled to award it",
  },
  Other: {
    uz: "Boshqa sabab (kod {code})",
    ru: "Другая причина (код {code})",
    en: "Other (code {code})",
  },
};

const document: Record<CertificateFormatErrorCode, Words> = {
  NotIshonchDocument: {
    uz: "Bu fayl Ishonch diplomi emas.",
    ru: "Этот файл не является дипломом Ishonch.",
    en: "This file is not an Ishonch diploma.",
  },
  UnsupportedDocumentVersion: {
    uz: "Diplom faylining {version}-versiyasi qoʻllab-quvvatlanmaydi.",
    ru: "Версия {version} файла диплома не поддерживается.",
    en: "Version {version} of the diploma file is not supported.",
  },
  TruncatedDocument: {
    uz: "Diplom fayli toʻliq emas (kesilgan). Asl faylni qayta yuklang.",
    ru: "Файл диплома неполный (обрезан). Загрузите исходный файл ещё раз.",
    en: "The diploma file is incomplete (cut off). Upload the original file again.",
  },
  MalformedDocument: {
    uz: "Diplom faylining bir qismi buzilgan ({field}).",
    ru: "Часть файла диплома повреждена ({field}).",
    en: "Part of the diploma file is broken ({field}).",
  },
  UndecryptableDocument: {
    uz: "QR kod bu diplomga tegishli emas yoki buzilgan.",
    ru: "QR-код не подходит к этому диплому или повреждён.",
    en: "The QR code does not open this diploma, or it is damaged.",
  },
  NotIshonchCode: {
    uz: "Bu QR kod Ishonch diplomiga tegishli emas.",
    ru: "Этот QR-код не относится к диплому Ishonch.",
    en: "This is not an Ishonch diploma code.",
  },
};

const csv: Record<DiplomaCsvErrorCode | DiplomaCsvFileErrorCode, Words> = {
  EmptyFile: {
    uz: "Fayl boʻsh: unda birorta ham diplom qatori yoʻq.",
    ru: "Файл пуст: в нём нет ни одной строки с дипломом.",
    en: "The file is empty: it has no diploma rows.",
  },
  MissingColumns: {
    uz: "Faylda ustunlar yetishmaydi: {columns}. Namunani yuklab oling.",
    ru: "В файле нет столбцов: {columns}. Скачайте шаблон.",
    en: "The file lacks the columns: {columns}. Download the template.",
  },
  TooManyRows: {
    uz: "Bitta faylda {max} tadan ortiq qator boʻlmasligi kerak.",
    ru: "В одном файле должно быть не более {max} строк.",
    en: "One file may hold at most {max} rows.",
  },
  WrongColumnCount: {
    uz: "Qatordagi ustunlar soni {actual}, kerak: {expected}.",
    ru: "В строке {actual} столбцов, нужно {expected}.",
    en: "The row has {actual} cells, expected {expected}.",
  },
  MissingValue: {
    uz: "Qiymat kiritilmagan.",
    ru: "Значение не заполнено.",
    en: "The value is missing.",
  },
  InvalidDate: {
    uz: "“{value}” — notoʻgʻri sana (KK.OO.YYYY).",
    ru: "«{value}» — неверная дата (ДД.ММ.ГГГГ).",
    en: "“{value}” is not a date (DD.MM.YYYY).",
  },
  DateInFuture: {
    uz: "Sana kelajakda boʻlishi mumkin emas.",
    ru: "Дата не может быть в будущем.",
    en: "The date cannot be in the future.",
  },
  InvalidGrade: {
    uz: "“{value}” — notoʻgʻri baho (masalan 4,5 yoki 86).",
    ru: "«{value}» — неверная оценка (например 4,5 или 86).",
    en: "“{value}” is not a grade (for example 4,5 or 86).",
  },
  InvalidDegreeLevel: {
    uz: "“{value}” — nomaʼlum daraja (Bakalavr, Magistr, …).",
    ru: "«{value}» — неизвестный уровень (Бакалавр, Магистр, …).",
    en: "“{value}” is not a degree level (Bachelor, Master, …).",
  },
  InvalidName: {
    uz: "Ismda ruxsat etilmagan belgilar bor.",
    ru: "В имени есть недопустимые символы.",
    en: "The name has characters that are not allowed.",
  },
  InvalidSeries: {
    uz: "Seriya 1–4 ta lotin harfidan iborat boʻlishi kerak.",
    ru: "Серия — от 1 до 4 латинских букв.",
    en: "The series is 1 to 4 Latin letters.",
  },
  InvalidNumber: {
    uz: "Diplom raqami faqat raqamlardan iborat boʻlishi kerak.",
    ru: "Номер диплома состоит только из цифр.",
    en: "The diploma number has digits only.",
  },
  ValueTooLong: {
    uz: "Qiymat juda uzun ({maxLength} belgidan ortiq).",
    ru: "Значение слишком длинное (более {maxLength} символов).",
    en: "The value is too long (over {maxLength} characters).",
  },
  DuplicateStudentId: {
    uz: "Bu talaba raqami {firstRow}-qatorda ham bor.",
    ru: "Этот номер студента уже есть в строке {firstRow}.",
    en: "This student id is also on row {firstRow}.",
  },
  DuplicateDiplomaNumber: {
    uz: "Bu diplom raqami {firstRow}-qatorda ham bor.",
    ru: "Этот номер диплома уже есть в строке {firstRow}.",
    en: "This diploma number is also on row {firstRow}.",
  },
};

export const certificateWords = { field, degree, verdict, reason, document, csv } as const;

export type CertificateMessageCode =
  CertificateFormatErrorCode | DiplomaCsvErrorCode | DiplomaCsvFileErrorCode;

/** A sentence for a document, code or CSV problem, with its arguments filled in. */
export function certificateMessage(
  locale: Locale,
  code: CertificateMessageCode,
  args: Record<string, unknown> = {},
): string {
  const words =
    (document as Partial<Record<CertificateMessageCode, Words>>)[code] ??
    csv[code as keyof typeof csv];
  return format(words[locale], args);
}

/** The words of a revocation reason, "other (code N)" for codes without a name. */
export function revocationReasonWords(
  locale: Locale,
  name: RevocationReasonName,
  code: number,
): string {
  return format(reason[name][locale], { code });
}
