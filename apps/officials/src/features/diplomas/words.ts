/** The diplomas pages' words; field, degree, reason and error words come from @ishonch/i18n. */
import type { WordTree } from "@ishonch/i18n";

export const diplomaWords = {
  title: { uz: "Diplomlar", ru: "Дипломы", en: "Diplomas" },
  subtitle: {
    uz: "Bitta diplom yoki CSV fayldan sinf diplomlarini berish, yuklab olish, diplomni tuzatish yoki bekor qilish.",
    ru: "Выдать один диплом или дипломы класса из CSV-файла, скачать их, исправить или отозвать диплом.",
    en: "Issue one diploma or a class from a CSV file, download them, correct or revoke one.",
  },
  homeLink: {
    uz: "Diplomlar: berish va bekor qilish",
    ru: "Дипломы: выдача и отзыв",
    en: "Diplomas: issue and revoke",
  },
  backHome: { uz: "Bosh sahifaga", ru: "На главную", en: "Back to the main page" },
  orgLabel: { uz: "Tashkilot raqami", ru: "Номер организации", en: "Organization id" },
  classHeading: {
    uz: "CSV fayldan sinf diplomlarini berish",
    ru: "Выдать дипломы класса из CSV-файла",
    en: "Issue a class from a CSV file",
  },
  template: {
    uz: "CSV namunasini yuklab olish",
    ru: "Скачать шаблон CSV",
    en: "Download the CSV template",
  },
  csvLabel: { uz: "Sinf CSV fayli", ru: "CSV-файл класса", en: "Class CSV file" },
  fileProblem: {
    uz: "Faylni berib boʻlmaydi:",
    ru: "Файл нельзя выдать:",
    en: "The file cannot be issued:",
  },
  rowProblems: {
    uz: "Imzolashdan oldin {count} ta qatorni tuzatish kerak:",
    ru: "{count} строк нужно исправить, прежде чем что-либо подписывать:",
    en: "{count} rows need fixing before anything is signed:",
  },
  row: { uz: "{row}-qator", ru: "Строка {row}", en: "Row {row}" },
  preview: {
    uz: "{count} ta diplom tayyor. Birinchi qatorlarni tekshiring:",
    ru: "{count} дипломов готовы. Проверьте первые строки:",
    en: "{count} diplomas ready. Check the first rows:",
  },
  sign: {
    uz: "Imzolash va berish ({count})",
    ru: "Подписать и выдать ({count})",
    en: "Sign and issue the class ({count})",
  },
  preparing: {
    uz: "Hujjatlar tayyorlanmoqda",
    ru: "Подготовка документов",
    en: "Preparing documents",
  },
  issued: {
    uz: "{count} ta diplom berildi, tranzaksiya {tx}.",
    ru: "Выдано {count} дипломов, транзакция {tx}.",
    en: "Issued {count} diplomas in transaction {tx}.",
  },
  packaging: {
    uz: "PDF va QR kodlar tayyorlanmoqda",
    ru: "Подготовка PDF и QR-кодов",
    en: "Preparing PDFs and QR codes",
  },
  download: {
    uz: "Sinf diplomlarini yuklab olish (zip)",
    ru: "Скачать дипломы класса (zip)",
    en: "Download the class (zip)",
  },
  revokeHeading: { uz: "Diplomni bekor qilish", ru: "Отозвать диплом", en: "Revoke a diploma" },
  documentLabel: {
    uz: "Diplom hujjati fayli (.json)",
    ru: "Файл документа диплома (.json)",
    en: "The diploma's document file (.json)",
  },
  reasonLabel: { uz: "Sabab", ru: "Причина", en: "Reason" },
  revoke: { uz: "Bekor qilish", ru: "Отозвать", en: "Revoke" },
  revoked: {
    uz: "Bekor qilindi, tranzaksiya {tx}.",
    ru: "Отозван, транзакция {tx}.",
    en: "Revoked in transaction {tx}.",
  },
  citizenUrl: {
    uz: "Fuqarolar ilovasi manzili (QR kodlarda)",
    ru: "Адрес приложения для граждан (в QR-кодах)",
    en: "Citizen app address (printed in the QR codes)",
  },
  singleHeading: { uz: "Bitta diplom berish", ru: "Выдать один диплом", en: "Issue one diploma" },
  fieldProblems: {
    uz: "Imzolashdan oldin {count} ta maydonni tuzatish kerak.",
    ru: "{count} полей нужно исправить, прежде чем что-либо подписывать.",
    en: "{count} fields need fixing before anything is signed.",
  },
  signOne: {
    uz: "Imzolash va diplomni berish",
    ru: "Подписать и выдать диплом",
    en: "Sign and issue the diploma",
  },
  issuedOne: {
    uz: "{series} {number} diplomi berildi.",
    ru: "Диплом {series} {number} выдан.",
    en: "Diploma {series} {number} issued.",
  },
  downloadDocument: {
    uz: "Hujjat faylini yuklab olish (.json)",
    ru: "Скачать файл документа (.json)",
    en: "Download the document file (.json)",
  },
  downloadPdf: {
    uz: "QR kodli PDF ni yuklab olish",
    ru: "Скачать PDF с QR-кодом",
    en: "Download the PDF with its QR code",
  },
  pdfFailed: {
    uz: "PDF yaratib boʻlmadi. Diplom berilgan: hujjat faylini yuklab oling yoki qayta urinib koʻring.",
    ru: "Не удалось создать PDF. Диплом выдан: скачайте файл документа или попробуйте ещё раз.",
    en: "The PDF could not be made here. The diploma is issued: download its document file, or try again.",
  },
  copiesNotStored: {
    uz: "Diplomlar berildi, lekin server ularning QR kodlari ochadigan nusxalarni saqlamadi: saqlamaguncha skanerlangan kod hech narsa topmaydi. Ularni qayta bermang; nusxalarni yana saqlang.",
    ru: "Дипломы выданы, но сервер не сохранил копии, которые открывают их QR-коды: пока он этого не сделает, отсканированный код ничего не найдёт. Не выдавайте их повторно; сохраните копии ещё раз.",
    en: "The diplomas are issued, but the server did not keep the copies their QR codes open: until it does, a scanned code finds nothing. Do not issue them again; save the copies again.",
  },
  storeCopiesAgain: {
    uz: "Nusxalarni yana saqlash",
    ru: "Сохранить копии ещё раз",
    en: "Save the copies again",
  },
  correctionHeading: { uz: "Diplomni tuzatish", ru: "Исправить диплом", en: "Correct a diploma" },
  correctionHint: {
    uz: "Avvalgi diplomning hujjat faylini yuklang va maydonlarini tuzating. Avval tuzatilgan diplom beriladi, soʻng avvalgisi blokcheynda u bilan almashtirilgan deb belgilanadi: ikki imzo.",
    ru: "Загрузите файл документа прежнего диплома и исправьте поля. Сначала выдаётся исправленный диплом, затем прежний отмечается в блокчейне как заменённый им: две подписи.",
    en: "Load the earlier diploma's document file and correct its fields. The corrected diploma is issued, then the earlier one is marked on chain as replaced by it: two signatures.",
  },
  earlierDocumentLabel: {
    uz: "Avvalgi diplomning hujjat fayli (.json)",
    ru: "Файл документа прежнего диплома (.json)",
    en: "The earlier diploma's document file (.json)",
  },
  signCorrection: {
    uz: "Tuzatishni imzolash",
    ru: "Подписать исправление",
    en: "Sign the correction",
  },
  linkCorrection: {
    uz: "Avvalgi diplomni almashtirilgan deb belgilash",
    ru: "Отметить прежний диплом как заменённый",
    en: "Mark the earlier diploma as replaced",
  },
  corrected: {
    uz: "{series} {number} diplomi tuzatildi: avvalgisi endi u bilan almashtirilgan deb koʻrsatiladi.",
    ru: "Диплом {series} {number} исправлен: прежний теперь показан как заменённый им.",
    en: "Diploma {series} {number} corrected: the earlier one now shows as replaced by it.",
  },
  correctionNotLinked: {
    uz: "Tuzatilgan diplom berildi, lekin avvalgisi hali almashtirilgan deb belgilanmagan: ularni bogʻlash uchun yana imzolang.",
    ru: "Исправленный диплом выдан, но прежний ещё не отмечен как заменённый: подпишите ещё раз, чтобы связать их.",
    en: "The corrected diploma is issued, but the earlier one is not marked as replaced yet: sign again to link them.",
  },
  organizationNotActive: {
    uz: "{orgId} raqamli tashkilot blokcheynda faol emas ({status}): shartnoma uning diplomlarini berishni rad etadi.",
    ru: "Организация {orgId} в блокчейне не действует ({status}): контракт откажет в выдаче её дипломов.",
    en: "Organization {orgId} is not active on chain ({status}): the contract will refuse to issue its diplomas.",
  },
  missingRole: {
    uz: "Hisobingiz blokcheynda {orgId} raqamli tashkilotda “{roles}” roliga ega emas: shartnoma buni rad etadi.",
    ru: "У вашего счёта в блокчейне нет роли «{roles}» в организации {orgId}: контракт откажет в этом действии.",
    en: "Your account does not hold the role {roles} in organization {orgId} on chain: the contract will refuse this.",
  },
} satisfies WordTree;
