/**
 * Words of citizens' appeals: statuses and types (both apps), the input and content errors
 * of the SDK's appeals module, and the citizen app's appeals pages. Placeholders are
 * `{name}`, filled by `format`.
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

type PageWords = Readonly<Record<string, Words>>;

/** The citizen app's appeals pages. */
export const appealPageWords = {
  homeLink: { uz: "Murojaatlar", ru: "Обращения", en: "Appeals" },
  homeText: {
    uz: "Davlat tashkilotiga murojaat yuboring, muddati va javobini kuzating.",
    ru: "Направьте обращение в госорган, следите за сроком и ответом.",
    en: "Send an appeal to a public agency and follow its deadline and answer.",
  },
  title: { uz: "Murojaatlar", ru: "Обращения", en: "Appeals" },
  intro: {
    uz: "Murojaat matni shifrlanadi: uni faqat siz va murojaat yuborilgan tashkilot oʻqiy oladi. Blokcheynda faqat xesh, vaqtlar va muddatlar saqlanadi.",
    ru: "Текст обращения шифруется: его читаете только вы и организация, которой оно адресовано. В блокчейне хранятся только хеш, время и сроки.",
    en: "The appeal's text is encrypted: only you and the agency holding it can read it. The chain holds only a hash, times and deadlines.",
  },
  newAppeal: { uz: "Yangi murojaat", ru: "Новое обращение", en: "New appeal" },
  track: { uz: "Murojaatni kuzatish", ru: "Отследить обращение", en: "Track an appeal" },
  statistics: {
    uz: "Tashkilotlar statistikasi",
    ru: "Статистика по организациям",
    en: "Statistics by agency",
  },
  typeLabel: { uz: "Murojaat turi", ru: "Вид обращения", en: "Kind of appeal" },
  agencyLabel: { uz: "Tashkilot", ru: "Организация", en: "Agency" },
  textLabel: { uz: "Murojaat matni", ru: "Текст обращения", en: "Text of the appeal" },
  textHint: {
    uz: "Koʻpi bilan {max} belgi.",
    ru: "Не более {max} знаков.",
    en: "At most {max} characters.",
  },
  filesLabel: { uz: "Fayllar (ixtiyoriy)", ru: "Файлы (необязательно)", en: "Files (optional)" },
  filesHint: {
    uz: "PDF, JPEG yoki PNG, har biri 2 MB gacha, koʻpi bilan {max} ta.",
    ru: "PDF, JPEG или PNG, каждый до 2 МБ, не более {max}.",
    en: "PDF, JPEG or PNG, up to 2 MB each, at most {max}.",
  },
  send: { uz: "Yuborish", ru: "Отправить", en: "Send" },
  deadlineRule: {
    uz: "Javob muddati qonun boʻyicha: ariza va shikoyat — 15 kun, taklif — 30 kun.",
    ru: "Срок ответа по закону: заявление и жалоба — 15 дней, предложение — 30 дней.",
    en: "The legal answer period: 15 days for statements and complaints, 30 days for proposals.",
  },
  errorTitle: {
    uz: "Murojaat yuborilmadi",
    ru: "Обращение не отправлено",
    en: "The appeal was not sent",
  },
  nothingWritten: {
    uz: "Hech narsa saqlanmadi. Xatoni tuzatib, qaytadan yuboring.",
    ru: "Ничего не сохранено. Исправьте ошибку и отправьте снова.",
    en: "Nothing was saved. Fix the error and send again.",
  },
  filedTitle: {
    uz: "Murojaat roʻyxatga olindi",
    ru: "Обращение зарегистрировано",
    en: "Your appeal is registered",
  },
  trackingNumber: { uz: "Murojaat raqami", ru: "Номер обращения", en: "Tracking number" },
  secret: { uz: "Maxfiy kod", ru: "Секретный код", en: "Secret code" },
  secretOnce: {
    uz: "Maxfiy kodni hozir yozib oling: u faqat bir marta koʻrsatiladi va hech qayerda saqlanmaydi. Usiz javobni oʻqib boʻlmaydi.",
    ru: "Запишите секретный код сейчас: он показывается один раз и нигде не хранится. Без него ответ не прочитать.",
    en: "Write the secret code down now: it is shown only once and stored nowhere. Without it the answer cannot be read.",
  },
  receipt: {
    uz: "Tranzaksiya (kvitansiya)",
    ru: "Транзакция (квитанция)",
    en: "Transaction (receipt)",
  },
  deadline: { uz: "Javob muddati", ru: "Срок ответа", en: "Answer due by" },
  registeredAt: { uz: "Roʻyxatga olingan", ru: "Зарегистрировано", en: "Registered" },
  answeredAt: { uz: "Javob berilgan", ru: "Ответ дан", en: "Answered" },
  status: { uz: "Holati", ru: "Статус", en: "Status" },
  fromChain: {
    uz: "Blokcheyndan oʻqildi: {block}-blok, blokcheyn vaqti {time}.",
    ru: "Прочитано из блокчейна: блок {block}, время блокчейна {time}.",
    en: "Read from the chain: block {block}, chain time {time}.",
  },
  overdueNotice: {
    uz: "Muddati oʻtdi: blokcheyn vaqti javob muddatidan oʻtib ketdi, javob yoʻq.",
    ru: "Срок истёк: время блокчейна прошло срок ответа, ответа нет.",
    en: "Overdue: the chain's time has passed the deadline and there is no answer.",
  },
  trackTitle: { uz: "Murojaatni kuzatish", ru: "Отслеживание обращения", en: "Track an appeal" },
  trackingLabel: { uz: "Murojaat raqami", ru: "Номер обращения", en: "Tracking number" },
  secretLabel: { uz: "Maxfiy kod", ru: "Секретный код", en: "Secret code" },
  open: { uz: "Ochish", ru: "Открыть", en: "Open" },
  yourAppeal: { uz: "Murojaatingiz", ru: "Ваше обращение", en: "Your appeal" },
  answer: { uz: "Javob", ru: "Ответ", en: "Answer" },
  noAnswer: { uz: "Hali javob yoʻq.", ru: "Ответа пока нет.", en: "No answer yet." },
  agency: { uz: "Tashkilot", ru: "Организация", en: "Agency" },
  attachments: { uz: "Biriktirilgan fayllar", ru: "Вложения", en: "Attachments" },
  rateTitle: { uz: "Javobni baholang", ru: "Оцените ответ", en: "Rate the answer" },
  rateHint: {
    uz: "1–2: qoniqarsiz (keyin yuqori tashkilotga shikoyat qilish mumkin), 3–5: qoniqarli (murojaat yopiladi).",
    ru: "1–2: неудовлетворительно (затем можно обжаловать в вышестоящий орган), 3–5: удовлетворительно (обращение закрывается).",
    en: "1–2: unsatisfactory (you may then escalate to the superior agency), 3–5: satisfactory (the appeal is closed).",
  },
  rate: { uz: "Baholash", ru: "Оценить", en: "Rate" },
  rating: { uz: "Bahoyingiz", ru: "Ваша оценка", en: "Your rating" },
  escalateTitle: {
    uz: "Yuqori tashkilotga shikoyat qilish",
    ru: "Обжаловать в вышестоящий орган",
    en: "Escalate to the superior agency",
  },
  escalateText: { uz: "Shikoyat matni", ru: "Текст жалобы", en: "Text of the complaint" },
  escalate: { uz: "Shikoyat yuborish", ru: "Отправить жалобу", en: "Escalate" },
  escalatedTo: {
    uz: "Murojaat yuqori tashkilotga oshirildi: yangi shikoyat raqami {id}, oʻsha maxfiy kod bilan.",
    ru: "Обращение передано в вышестоящий орган: новая жалоба № {id}, с тем же секретным кодом.",
    en: "Escalated to the superior agency: new complaint No. {id}, with the same secret code.",
  },
  escalatedFrom: {
    uz: "{id} raqamli murojaat boʻyicha shikoyat.",
    ru: "Жалоба по обращению № {id}.",
    en: "Complaint about appeal No. {id}.",
  },
  done: { uz: "Bajarildi", ru: "Готово", en: "Done" },
  statsTitle: {
    uz: "Murojaatlar statistikasi",
    ru: "Статистика обращений",
    en: "Appeals statistics",
  },
  statsIntro: {
    uz: "Indeksdan (blokcheyn hodisalaridan tuzilgan). Muddati oʻtganlar blokcheyn vaqti boʻyicha hisoblanadi.",
    ru: "Из индекса (построен по событиям блокчейна). Просроченные считаются по времени блокчейна.",
    en: "From the index (built from the chain's events). Overdue is counted at the chain's time.",
  },
  received: { uz: "Qabul qilingan", ru: "Получено", en: "Received" },
  answeredOnTime: { uz: "Oʻz vaqtida javob", ru: "Отвечено в срок", en: "Answered on time" },
  answeredLate: { uz: "Kechikib javob", ru: "Отвечено с опозданием", en: "Answered late" },
  overdue: { uz: "Muddati oʻtgan", ru: "Просрочено", en: "Overdue" },
  pending: { uz: "Muddati tugamagan", ru: "В пределах срока", en: "Within the deadline" },
  medianDays: {
    uz: "Javob medianasi (kun)",
    ru: "Медиана ответа (дни)",
    en: "Median time to answer (days)",
  },
  noStats: { uz: "Hali murojaatlar yoʻq.", ru: "Обращений пока нет.", en: "No appeals yet." },
  chartLabel: {
    uz: "Tashkilotlar boʻyicha murojaatlar diagrammasi",
    ru: "Диаграмма обращений по организациям",
    en: "Chart of appeals by agency",
  },
  indexUnavailable: {
    uz: "Indeks hozir mavjud emas.",
    ru: "Индекс сейчас недоступен.",
    en: "The index is not available now.",
  },
} satisfies PageWords;

export type AppealPageWord = keyof typeof appealPageWords;

/** One page word in the locale, with its placeholders filled. */
export function appealWord(
  locale: Locale,
  word: AppealPageWord,
  values: Record<string, unknown> = {},
): string {
  return format(appealPageWords[word][locale], values);
}
