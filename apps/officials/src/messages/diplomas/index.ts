import type { Locale } from "@ishonch/i18n";

/** The diplomas pages' own words; field, reason and error words come from @ishonch/i18n. */
const en = {
  title: "Diplomas",
  subtitle: "Issue a class of diplomas from a CSV file, download them, revoke one.",
  homeLink: "Diplomas: issue and revoke",
  backHome: "Back to the main page",
  orgLabel: "Organization id",
  classHeading: "Issue a class from a CSV file",
  template: "Download the CSV template",
  csvLabel: "Class CSV file",
  fileProblem: "The file cannot be issued:",
  rowProblems: "{count} rows need fixing before anything is signed:",
  row: "Row {row}",
  preview: "{count} diplomas ready. Check the first rows:",
  sign: "Sign and issue the class ({count})",
  preparing: "Preparing documents",
  issued: "Issued {count} diplomas in transaction {tx}.",
  packaging: "Preparing PDFs and QR codes",
  download: "Download the class (zip)",
  revokeHeading: "Revoke a diploma",
  documentLabel: "The diploma's document file (.json)",
  reasonLabel: "Reason",
  revoke: "Revoke",
  revoked: "Revoked in transaction {tx}.",
  citizenUrl: "Citizen app address (printed in the QR codes)",
};
type DiplomaMessages = typeof en;

const ru: DiplomaMessages = {
  title: "Дипломы",
  subtitle: "Выдать дипломы класса из CSV-файла, скачать их, отозвать диплом.",
  homeLink: "Дипломы: выдача и отзыв",
  backHome: "На главную",
  orgLabel: "Номер организации",
  classHeading: "Выдать дипломы класса из CSV-файла",
  template: "Скачать шаблон CSV",
  csvLabel: "CSV-файл класса",
  fileProblem: "Файл нельзя выдать:",
  rowProblems: "{count} строк нужно исправить, прежде чем что-либо подписывать:",
  row: "Строка {row}",
  preview: "{count} дипломов готовы. Проверьте первые строки:",
  sign: "Подписать и выдать ({count})",
  preparing: "Подготовка документов",
  issued: "Выдано {count} дипломов, транзакция {tx}.",
  packaging: "Подготовка PDF и QR-кодов",
  download: "Скачать дипломы класса (zip)",
  revokeHeading: "Отозвать диплом",
  documentLabel: "Файл документа диплома (.json)",
  reasonLabel: "Причина",
  revoke: "Отозвать",
  revoked: "Отозван, транзакция {tx}.",
  citizenUrl: "Адрес приложения для граждан (в QR-кодах)",
};

const uz: DiplomaMessages = {
  title: "Diplomlar",
  subtitle: "CSV fayldan sinf diplomlarini berish, yuklab olish, diplomni bekor qilish.",
  homeLink: "Diplomlar: berish va bekor qilish",
  backHome: "Bosh sahifaga",
  orgLabel: "Tashkilot raqami",
  classHeading: "CSV fayldan sinf diplomlarini berish",
  template: "CSV namunasini yuklab olish",
  csvLabel: "Sinf CSV fayli",
  fileProblem: "Faylni berib boʻlmaydi:",
  rowProblems: "Imzolashdan oldin {count} ta qatorni tuzatish kerak:",
  row: "{row}-qator",
  preview: "{count} ta diplom tayyor. Birinchi qatorlarni tekshiring:",
  sign: "Imzolash va berish ({count})",
  preparing: "Hujjatlar tayyorlanmoqda",
  issued: "{count} ta diplom berildi, tranzaksiya {tx}.",
  packaging: "PDF va QR kodlar tayyorlanmoqda",
  download: "Sinf diplomlarini yuklab olish (zip)",
  revokeHeading: "Diplomni bekor qilish",
  documentLabel: "Diplom hujjati fayli (.json)",
  reasonLabel: "Sabab",
  revoke: "Bekor qilish",
  revoked: "Bekor qilindi, tranzaksiya {tx}.",
  citizenUrl: "Fuqarolar ilovasi manzili (QR kodlarda)",
};

const byLocale: Record<Locale, DiplomaMessages> = { uz, ru, en };

export function diplomaMessagesFor(locale: Locale): DiplomaMessages {
  return byLocale[locale];
}
export type { DiplomaMessages };
