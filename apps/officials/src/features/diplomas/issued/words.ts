/** The issued-diplomas search's words. Diploma fields and revocation reasons come from @ishonch/i18n. */
import type { WordTree } from "@ishonch/i18n";

export const issuedDiplomaWords = {
  link: {
    uz: "Berilgan diplomlarni qidirish (faqat xodimlar uchun)",
    ru: "Поиск выданных дипломов (только для сотрудников)",
    en: "Search the issued diplomas (staff only)",
  },
  heading: { uz: "Berilgan diplomlar", ru: "Выданные дипломы", en: "Issued diplomas" },
  intro: {
    uz: "Tashkilotingiz bergan diplomlar, uning xodimlari uchun. Hamyon soʻrovni siz yuborayotganingiz haqida qisqa bayonotni imzolaydi; bu bepul va 10 daqiqa amal qiladi.",
    ru: "Дипломы вашей организации, для её сотрудников. Кошелёк подпишет короткое заявление о том, что запрос делаете вы; это бесплатно и действует 10 минут.",
    en: "Your school's own diplomas, for its staff. Your wallet signs a short statement that you are asking; it costs nothing and is valid for 10 minutes.",
  },
  orgLabel: { uz: "Tashkilot raqami", ru: "Номер организации", en: "Organization id" },
  textLabel: {
    uz: "F.I.Sh. yoki seriya va raqam",
    ru: "Ф.И.О. или серия и номер",
    en: "Name, or series and number",
  },
  yearLabel: { uz: "Bitirgan yili", ru: "Год окончания", en: "Graduation year" },
  programmeLabel: { uz: "Taʼlim yoʻnalishi", ru: "Направление", en: "Programme" },
  statusLabel: { uz: "Holati", ru: "Статус", en: "Status" },
  anyStatus: { uz: "Har qanday", ru: "Любой", en: "Any" },
  submit: { uz: "Qidirish", ru: "Найти", en: "Search" },
  reset: { uz: "Filtrlarni tozalash", ru: "Сбросить фильтры", en: "Clear the filters" },
  signing: {
    uz: "Hamyonda tasdiqlang…",
    ru: "Подтвердите в кошельке…",
    en: "Confirm in your wallet…",
  },
  searching: { uz: "Qidirilmoqda…", ru: "Поиск…", en: "Searching…" },
  empty: {
    uz: "Bu filtrlarga mos diplom yoʻq.",
    ru: "Нет дипломов по этим фильтрам.",
    en: "No diploma matches these filters.",
  },
  shown: {
    uz: "{total} tadan {shown} tasi koʻrsatilmoqda.",
    ru: "Показано {shown} из {total}.",
    en: "Showing {shown} of {total}.",
  },
  nameColumn: { uz: "F.I.Sh.", ru: "Ф.И.О.", en: "Full name" },
  numberColumn: { uz: "Seriya va raqam", ru: "Серия и номер", en: "Series and number" },
  yearColumn: { uz: "Yil", ru: "Год", en: "Year" },
  previous: { uz: "Oldingi sahifa", ru: "Предыдущая страница", en: "Previous page" },
  next: { uz: "Keyingi sahifa", ru: "Следующая страница", en: "Next page" },
  pageOf: {
    uz: "{pages} sahifadan {page}-sahifa",
    ru: "Страница {page} из {pages}",
    en: "Page {page} of {pages}",
  },
  status: {
    Valid: { uz: "Haqiqiy", ru: "Действителен", en: "Valid" },
    Revoked: { uz: "Bekor qilingan", ru: "Отозван", en: "Revoked" },
    Superseded: {
      uz: "Tuzatilgani bilan almashtirilgan",
      ru: "Заменён исправленным",
      en: "Replaced by a correction",
    },
    Pending: {
      uz: "Tarmoqda hali koʻrinmagan",
      ru: "Ещё не виден в сети",
      en: "Not yet seen on chain",
    },
  },
  errors: {
    connectFirst: {
      uz: "Avval hamyonni ulang.",
      ru: "Сначала подключите кошелёк.",
      en: "Connect your wallet first.",
    },
    signRejected: {
      uz: "Hamyon bayonotni imzolamadi, qidiruv bajarilmadi.",
      ru: "Кошелёк не подписал заявление, поиск не выполнен.",
      en: "The wallet did not sign the statement, so nothing was searched.",
    },
    badOrganization: {
      uz: "Tashkilot raqamini butun son bilan kiriting, masalan 3.",
      ru: "Введите номер организации — целое число, например 3.",
      en: "Type the organization's id, a whole number such as 3.",
    },
    badYear: {
      uz: "Bitirgan yilni toʻrt raqam bilan kiriting, masalan 2024.",
      ru: "Введите год окончания четырьмя цифрами, например 2024.",
      en: "Type the graduation year as four digits, such as 2024.",
    },
    malformed: {
      uz: "Soʻrov tushunilmadi. Filtrlarni tekshirib, qayta urinib koʻring.",
      ru: "Запрос не понят. Проверьте фильтры и повторите.",
      en: "The request was not understood. Check the filters and try again.",
    },
    badSignature: {
      uz: "Imzoni oʻqib boʻlmadi. Qayta imzolash uchun yana qidiring.",
      ru: "Подпись не читается. Повторите поиск, чтобы подписать заново.",
      en: "The signature could not be read. Search again to sign anew.",
    },
    wrongSigner: {
      uz: "Bayonotni unda koʻrsatilgan hisob imzolamagan.",
      ru: "Заявление подписано не тем счётом, который в нём указан.",
      en: "The statement was not signed by the account it names.",
    },
    otherOrganization: {
      uz: "Imzo boshqa tashkilot uchun berilgan.",
      ru: "Подпись дана для другой организации.",
      en: "The signature was given for another organization.",
    },
    otherOrigin: {
      uz: "Imzo boshqa sayt uchun berilgan.",
      ru: "Подпись дана для другого сайта.",
      en: "The signature was given for another site.",
    },
    stale: {
      uz: "Imzo 10 daqiqadan eski. Qayta imzolash uchun yana qidiring.",
      ru: "Подписи больше 10 минут. Повторите поиск, чтобы подписать заново.",
      en: "The signature is older than 10 minutes. Search again to sign anew.",
    },
    future: {
      uz: "Imzo kelajakdagi vaqt bilan belgilangan. Kompyuter soatini tekshiring.",
      ru: "Подпись датирована будущим временем. Проверьте часы компьютера.",
      en: "The signature is dated in the future. Check your computer's clock.",
    },
    organizationNotActive: {
      uz: "Bu tashkilot akkreditatsiyaga ega emas yoki faoliyati toʻxtatilgan.",
      ru: "Эта организация не аккредитована или приостановлена.",
      en: "This organization is not accredited or is suspended.",
    },
    notStaff: {
      uz: "Bu hisob ushbu tashkilot xodimi emas (administrator, diplom beruvchi yoki bekor qiluvchi), shuning uchun uning diplomlari koʻrsatilmaydi.",
      ru: "Этот счёт не является сотрудником организации (администратор, выдающий или отзывающий дипломы), поэтому её дипломы не показаны.",
      en: "This account is not staff of this organization (administrator, diploma issuer or revoker), so its diplomas are not shown.",
    },
    chain: {
      uz: "Tarmoqqa hozir ulanib boʻlmaydi. Birozdan soʻng urinib koʻring.",
      ru: "Сеть сейчас недоступна. Повторите чуть позже.",
      en: "The network cannot be reached right now. Try again shortly.",
    },
    index: {
      uz: "Diplom yozuvlarini hozir oʻqib boʻlmaydi. Birozdan soʻng urinib koʻring.",
      ru: "Записи о дипломах сейчас недоступны. Повторите чуть позже.",
      en: "The diploma records cannot be read right now. Try again shortly.",
    },
    deployment: {
      uz: "Ilovada Ishonch shartnomalari joylashtirilmagan.",
      ru: "У приложения нет развёртывания контрактов Ishonch.",
      en: "The app has no deployment of the Ishonch contracts.",
    },
  },
} satisfies WordTree;
