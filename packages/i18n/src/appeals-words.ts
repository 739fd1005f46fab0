/**
 * Words of citizens' appeals that both apps share: statuses and types, and the input and
 * content errors of the SDK's appeals module. Placeholders are `{name}`, filled by `format`.
 */
import {
  AppealInputError,
  IshonchError,
  type AppealInputErrorCode,
  type AppealStatusName,
  type AppealTypeName,
} from "@ishonch/sdk";
import { errorMessage } from "./errors.ts";
import { format, type Locale, type Words } from "./locales.ts";

export const appealStatusWords: Readonly<Record<AppealStatusName, Words>> = {
  None: { uz: "Yoʻq", ru: "Нет", en: "None" },
  Registered: { uz: "Roʻyxatga olingan", ru: "Зарегистрировано", en: "Registered" },
  InReview: { uz: "Koʻrib chiqilmoqda", ru: "На рассмотрении", en: "In review" },
  Forwarded: { uz: "Boshqa tashkilotga yuborilgan", ru: "Перенаправлено", en: "Forwarded" },
  Extended: { uz: "Muddati uzaytirilgan", ru: "Срок продлён", en: "Extended" },
  Overdue: { uz: "Muddati oʻtgan", ru: "Просрочено", en: "Overdue" },
  Answered: { uz: "Javob berilgan", ru: "Дан ответ", en: "Answered" },
  Escalated: {
    uz: "Yuqori tashkilotga oshirilgan",
    ru: "Передано в вышестоящий орган",
    en: "Escalated",
  },
  Closed: { uz: "Yopilgan", ru: "Закрыто", en: "Closed" },
};

export const appealTypeWords: Readonly<Record<AppealTypeName, Words>> = {
  Statement: { uz: "Ariza", ru: "Заявление", en: "Statement" },
  Proposal: { uz: "Taklif", ru: "Предложение", en: "Proposal" },
  Complaint: { uz: "Shikoyat", ru: "Жалоба", en: "Complaint" },
};

export const appealInputErrorWords: Readonly<Record<AppealInputErrorCode, Words>> = {
  EmptyAppealText: {
    uz: "Matn boʻsh. Murojaat matnini yozing.",
    ru: "Текст пуст. Напишите текст обращения.",
    en: "The text is empty. Write the text of your appeal.",
  },
  AppealTextTooLong: {
    uz: "Matn juda uzun: {length} belgi, koʻpi bilan {maxLength} belgi mumkin.",
    ru: "Текст слишком длинный: {length} знаков, допускается не более {maxLength}.",
    en: "The text is too long: {length} characters, at most {maxLength} are allowed.",
  },
  TooManyAttachments: {
    uz: "Koʻpi bilan {max} ta fayl biriktirish mumkin ({count} ta tanlandi).",
    ru: "Можно приложить не более {max} файлов (выбрано {count}).",
    en: "At most {max} files can be attached ({count} chosen).",
  },
  AttachmentTooLarge: {
    uz: "“{name}” fayli juda katta: koʻpi bilan 2 MB mumkin.",
    ru: "Файл «{name}» слишком большой: допускается не более 2 МБ.",
    en: "The file “{name}” is too large: at most 2 MB is allowed.",
  },
  AttachmentTypeNotAllowed: {
    uz: "“{name}” fayli qabul qilinmaydi: faqat PDF, JPEG yoki PNG.",
    ru: "Файл «{name}» не принимается: только PDF, JPEG или PNG.",
    en: "The file “{name}” is not accepted: only PDF, JPEG or PNG.",
  },
  UnknownAppealType: {
    uz: "Murojaat turini tanlang: ariza, taklif yoki shikoyat.",
    ru: "Выберите вид обращения: заявление, предложение или жалоба.",
    en: "Choose the kind of appeal: statement, proposal or complaint.",
  },
  MalformedTrackingNumber: {
    uz: "Murojaat raqami — bu butun son, masalan 12.",
    ru: "Номер обращения — целое число, например 12.",
    en: "The tracking number is a whole number, such as 12.",
  },
  MalformedSecret: {
    uz: "Maxfiy kod 24 ta harf va raqamdan iborat (XXXX-XXXX-XXXX-XXXX-XXXX-XXXX).",
    ru: "Секретный код состоит из 24 букв и цифр (XXXX-XXXX-XXXX-XXXX-XXXX-XXXX).",
    en: "The secret code has 24 letters and digits (XXXX-XXXX-XXXX-XXXX-XXXX-XXXX).",
  },
  WrongSecret: {
    uz: "Maxfiy kod {id} raqamli murojaatga mos kelmadi. Raqam va kodni tekshiring.",
    ru: "Секретный код не подходит к обращению № {id}. Проверьте номер и код.",
    en: "The secret code does not match appeal No. {id}. Check the number and the code.",
  },
  InvalidRatingInput: {
    uz: "Bahoni 1 dan {max} gacha tanlang.",
    ru: "Выберите оценку от 1 до {max}.",
    en: "Choose a rating from 1 to {max}.",
  },
  AgencyKeyMissing: {
    uz: "{agencyId} raqamli tashkilot hali murojaatlarni shifrlangan holda qabul qilmaydi. Boshqa tashkilotni tanlang.",
    ru: "Организация {agencyId} пока не принимает зашифрованные обращения. Выберите другую организацию.",
    en: "Organization {agencyId} does not accept encrypted appeals yet. Choose another organization.",
  },
  ContentUnavailable: {
    uz: "Bu hujjat sizga ochiq emas yoki platformada topilmadi.",
    ru: "Этот документ вам недоступен или не найден на платформе.",
    en: "This document is not open to you or was not found on the platform.",
  },
  ContentTampered: {
    uz: "Hujjatni ochib boʻlmadi: kod mos emas yoki hujjat blokcheyndagi yozuvga mos kelmaydi.",
    ru: "Документ не открывается: код не подходит или документ не совпадает с записью в блокчейне.",
    en: "The document cannot be opened: the code does not fit or it does not match the chain's record.",
  },
};

/** A sentence for any failure of an appeals action: input, content or contract. */
export function appealErrorMessage(locale: Locale, error: unknown): string {
  if (error instanceof AppealInputError) {
    return format(appealInputErrorWords[error.code][locale], error.args);
  }
  return errorMessage(locale, error instanceof IshonchError ? error : "Unknown");
}
