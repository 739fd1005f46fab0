import type { Locale } from "@ishonch/i18n";

/** The diplomas pages' own words; field, reason and error words come from @ishonch/i18n. */
const en = {
  title: "Diplomas",
  subtitle: "Issue one diploma or a class from a CSV file, download them, correct or revoke one.",
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
  singleHeading: "Issue one diploma",
  fieldProblems: "{count} fields need fixing before anything is signed.",
  signOne: "Sign and issue the diploma",
  issuedOne: "Diploma {series} {number} issued.",
  downloadDocument: "Download the document file (.json)",
  downloadPdf: "Download the PDF with its QR code",
  pdfFailed:
    "The PDF could not be made here. The diploma is issued: download its document file, or try again.",
  copiesNotStored:
    "The diplomas are issued, but the server did not keep the copies their QR codes open: until it does, a scanned code finds nothing. Do not issue them again; save the copies again.",
  storeCopiesAgain: "Save the copies again",
  correctionHeading: "Correct a diploma",
  correctionHint:
    "Load the earlier diploma's document file and correct its fields. The corrected diploma is issued, then the earlier one is marked on chain as replaced by it: two signatures.",
  earlierDocumentLabel: "The earlier diploma's document file (.json)",
  signCorrection: "Sign the correction",
  linkCorrection: "Mark the earlier diploma as replaced",
  corrected: "Diploma {series} {number} corrected: the earlier one now shows as replaced by it.",
  correctionNotLinked:
    "The corrected diploma is issued, but the earlier one is not marked as replaced yet: sign again to link them.",
  organizationNotActive:
    "Organization {orgId} is not active on chain ({status}): the contract will refuse to issue its diplomas.",
  missingRole:
    "Your account does not hold the role {roles} in organization {orgId} on chain: the contract will refuse this.",
};
type DiplomaMessages = typeof en;

const ru: DiplomaMessages = {
  title: "Дипломы",
  subtitle:
    "Выдать один диплом или дипломы класса из CSV-файла, скачать их, исправить или отозвать диплом.",
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
  singleHeading: "Выдать один диплом",
  fieldProblems: "{count} полей нужно исправить, прежде чем что-либо подписывать.",
  signOne: "Подписать и выдать диплом",
  issuedOne: "Диплом {series} {number} выдан.",
  downloadDocument: "Скачать файл документа (.json)",
  downloadPdf: "Скачать PDF с QR-кодом",
  pdfFailed:
    "Не удалось создать PDF. Диплом выдан: скачайте файл документа или попробуйте ещё раз.",
  copiesNotStored:
    "Дипломы выданы, но сервер не сохранил копии, которые открывают их QR-коды: пока он этого не сделает, отсканированный код ничего не найдёт. Не выдавайте их повторно; сохраните копии ещё раз.",
  storeCopiesAgain: "Сохранить копии ещё раз",
  correctionHeading: "Исправить диплом",
  correctionHint:
    "Загрузите файл документа прежнего диплома и исправьте поля. Сначала выдаётся исправленный диплом, затем прежний отмечается в блокчейне как заменённый им: две подписи.",
  earlierDocumentLabel: "Файл документа прежнего диплома (.json)",
  signCorrection: "Подписать исправление",
  linkCorrection: "Отметить прежний диплом как заменённый",
  corrected: "Диплом {series} {number} исправлен: прежний теперь показан как заменённый им.",
  correctionNotLinked:
    "Исправленный диплом выдан, но прежний ещё не отмечен как заменённый: подпишите ещё раз, чтобы связать их.",
  organizationNotActive:
    "Организация {orgId} в блокчейне не действует ({status}): контракт откажет в выдаче её дипломов.",
  missingRole:
    "У вашего счёта в блокчейне нет роли «{roles}» в организации {orgId}: контракт откажет в этом действии.",
};

const uz: DiplomaMessages = {
  title: "Diplomlar",
  subtitle:
    "Bitta diplom yoki CSV fayldan sinf diplomlarini berish, yuklab olish, diplomni tuzatish yoki bekor qilish.",
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
  singleHeading: "Bitta diplom berish",
  fieldProblems: "Imzolashdan oldin {count} ta maydonni tuzatish kerak.",
  signOne: "Imzolash va diplomni berish",
  issuedOne: "{series} {number} diplomi berildi.",
  downloadDocument: "Hujjat faylini yuklab olish (.json)",
  downloadPdf: "QR kodli PDF ni yuklab olish",
  pdfFailed:
    "PDF yaratib boʻlmadi. Diplom berilgan: hujjat faylini yuklab oling yoki qayta urinib koʻring.",
  copiesNotStored:
    "Diplomlar berildi, lekin server ularning QR kodlari ochadigan nusxalarni saqlamadi: saqlamaguncha skanerlangan kod hech narsa topmaydi. Ularni qayta bermang; nusxalarni yana saqlang.",
  storeCopiesAgain: "Nusxalarni yana saqlash",
  correctionHeading: "Diplomni tuzatish",
  correctionHint:
    "Avvalgi diplomning hujjat faylini yuklang va maydonlarini tuzating. Avval tuzatilgan diplom beriladi, soʻng avvalgisi blokcheynda u bilan almashtirilgan deb belgilanadi: ikki imzo.",
  earlierDocumentLabel: "Avvalgi diplomning hujjat fayli (.json)",
  signCorrection: "Tuzatishni imzolash",
  linkCorrection: "Avvalgi diplomni almashtirilgan deb belgilash",
  corrected:
    "{series} {number} diplomi tuzatildi: avvalgisi endi u bilan almashtirilgan deb koʻrsatiladi.",
  correctionNotLinked:
    "Tuzatilgan diplom berildi, lekin avvalgisi hali almashtirilgan deb belgilanmagan: ularni bogʻlash uchun yana imzolang.",
  organizationNotActive:
    "{orgId} raqamli tashkilot blokcheynda faol emas ({status}): shartnoma uning diplomlarini berishni rad etadi.",
  missingRole:
    "Hisobingiz blokcheynda {orgId} raqamli tashkilotda “{roles}” roliga ega emas: shartnoma buni rad etadi.",
};

const byLocale: Record<Locale, DiplomaMessages> = { uz, ru, en };

export function diplomaMessagesFor(locale: Locale): DiplomaMessages {
  return byLocale[locale];
}
export type { DiplomaMessages };
