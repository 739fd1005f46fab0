import type { Locale } from "@ishonch/i18n";
import type { IssuedDiplomaStatus } from "@ishonch/records";
import type { IssuedDiplomaSearchFailure } from "../../components/diplomas/issued/search-api";

/**
 * The issued-diplomas search page's words. Column names of diploma fields and revocation
 * reasons come from @ishonch/i18n's certificateWords.
 */
const en = {
  link: "Search the issued diplomas (staff only)",
  heading: "Issued diplomas",
  intro:
    "Your school's own diplomas, for its staff. Your wallet signs a short statement that you are asking; it costs nothing and is valid for 10 minutes.",
  orgLabel: "Organization id",
  textLabel: "Name, or series and number",
  yearLabel: "Graduation year",
  programmeLabel: "Programme",
  statusLabel: "Status",
  anyStatus: "Any",
  submit: "Search",
  reset: "Clear the filters",
  signing: "Confirm in your wallet…",
  searching: "Searching…",
  empty: "No diploma matches these filters.",
  shown: "Showing {shown} of {total}.",
  nameColumn: "Full name",
  numberColumn: "Series and number",
  yearColumn: "Year",
  previous: "Previous page",
  next: "Next page",
  pageOf: "Page {page} of {pages}",
  status: {
    Valid: "Valid",
    Revoked: "Revoked",
    Superseded: "Replaced by a correction",
    Pending: "Not yet seen on chain",
  } satisfies Record<IssuedDiplomaStatus, string>,
  errors: {
    connectFirst: "Connect your wallet first.",
    signRejected: "The wallet did not sign the statement, so nothing was searched.",
    badOrganization: "Type the organization's id, a whole number such as 3.",
    badYear: "Type the graduation year as four digits, such as 2024.",
    malformed: "The request was not understood. Check the filters and try again.",
    badSignature: "The signature could not be read. Search again to sign anew.",
    wrongSigner: "The statement was not signed by the account it names.",
    otherOrganization: "The signature was given for another organization.",
    otherOrigin: "The signature was given for another site.",
    stale: "The signature is older than 10 minutes. Search again to sign anew.",
    future: "The signature is dated in the future. Check your computer's clock.",
    organizationNotActive: "This organization is not accredited or is suspended.",
    notStaff:
      "This account is not staff of this organization (administrator, diploma issuer or revoker), so its diplomas are not shown.",
    chain: "The network cannot be reached right now. Try again shortly.",
    index: "The diploma records cannot be read right now. Try again shortly.",
    deployment: "The app has no deployment of the Ishonch contracts.",
  } satisfies Record<IssuedDiplomaSearchFailure, string>,
};
type SearchMessages = typeof en;

const ru: SearchMessages = {
  link: "Поиск выданных дипломов (только для сотрудников)",
  heading: "Выданные дипломы",
  intro:
    "Дипломы вашей организации, для её сотрудников. Кошелёк подпишет короткое заявление о том, что запрос делаете вы; это бесплатно и действует 10 минут.",
  orgLabel: "Номер организации",
  textLabel: "Ф.И.О. или серия и номер",
  yearLabel: "Год окончания",
  programmeLabel: "Направление",
  statusLabel: "Статус",
  anyStatus: "Любой",
  submit: "Найти",
  reset: "Сбросить фильтры",
  signing: "Подтвердите в кошельке…",
  searching: "Поиск…",
  empty: "Нет дипломов по этим фильтрам.",
  shown: "Показано {shown} из {total}.",
  nameColumn: "Ф.И.О.",
  numberColumn: "Серия и номер",
  yearColumn: "Год",
  previous: "Предыдущая страница",
  next: "Следующая страница",
  pageOf: "Страница {page} из {pages}",
  status: {
    Valid: "Действителен",
    Revoked: "Отозван",
    Superseded: "Заменён исправленным",
    Pending: "Ещё не виден в сети",
  },
  errors: {
    connectFirst: "Сначала подключите кошелёк.",
    signRejected: "Кошелёк не подписал заявление, поиск не выполнен.",
    badOrganization: "Введите номер организации — целое число, например 3.",
    badYear: "Введите год окончания четырьмя цифрами, например 2024.",
    malformed: "Запрос не понят. Проверьте фильтры и повторите.",
    badSignature: "Подпись не читается. Повторите поиск, чтобы подписать заново.",
    wrongSigner: "Заявление подписано не тем счётом, который в нём указан.",
    otherOrganization: "Подпись дана для другой организации.",
    otherOrigin: "Подпись дана для другого сайта.",
    stale: "Подписи больше 10 минут. Повторите поиск, чтобы подписать заново.",
    future: "Подпись датирована будущим временем. Проверьте часы компьютера.",
    organizationNotActive: "Эта организация не аккредитована или приостановлена.",
    notStaff:
      "Этот счёт не является сотрудником организации (администратор, выдающий или отзывающий дипломы), поэтому её дипломы не показаны.",
    chain: "Сеть сейчас недоступна. Повторите чуть позже.",
    index: "Записи о дипломах сейчас недоступны. Повторите чуть позже.",
    deployment: "У приложения нет развёртывания контрактов Ishonch.",
  },
};

const uz: SearchMessages = {
  link: "Berilgan diplomlarni qidirish (faqat xodimlar uchun)",
  heading: "Berilgan diplomlar",
  intro:
    "Tashkilotingiz bergan diplomlar, uning xodimlari uchun. Hamyon soʻrovni siz yuborayotganingiz haqida qisqa bayonotni imzolaydi; bu bepul va 10 daqiqa amal qiladi.",
  orgLabel: "Tashkilot raqami",
  textLabel: "F.I.Sh. yoki seriya va raqam",
  yearLabel: "Bitirgan yili",
  programmeLabel: "Taʼlim yoʻnalishi",
  statusLabel: "Holati",
  anyStatus: "Har qanday",
  submit: "Qidirish",
  reset: "Filtrlarni tozalash",
  signing: "Hamyonda tasdiqlang…",
  searching: "Qidirilmoqda…",
  empty: "Bu filtrlarga mos diplom yoʻq.",
  shown: "{total} tadan {shown} tasi koʻrsatilmoqda.",
  nameColumn: "F.I.Sh.",
  numberColumn: "Seriya va raqam",
  yearColumn: "Yil",
  previous: "Oldingi sahifa",
  next: "Keyingi sahifa",
  pageOf: "{pages} sahifadan {page}-sahifa",
  status: {
    Valid: "Haqiqiy",
    Revoked: "Bekor qilingan",
    Superseded: "Tuzatilgani bilan almashtirilgan",
    Pending: "Tarmoqda hali koʻrinmagan",
  },
  errors: {
    connectFirst: "Avval hamyonni ulang.",
    signRejected: "Hamyon bayonotni imzolamadi, qidiruv bajarilmadi.",
    badOrganization: "Tashkilot raqamini butun son bilan kiriting, masalan 3.",
    badYear: "Bitirgan yilni toʻrt raqam bilan kiriting, masalan 2024.",
    malformed: "Soʻrov tushunilmadi. Filtrlarni tekshirib, qayta urinib koʻring.",
    badSignature: "Imzoni oʻqib boʻlmadi. Qayta imzolash uchun yana qidiring.",
    wrongSigner: "Bayonotni unda koʻrsatilgan hisob imzolamagan.",
    otherOrganization: "Imzo boshqa tashkilot uchun berilgan.",
    otherOrigin: "Imzo boshqa sayt uchun berilgan.",
    stale: "Imzo 10 daqiqadan eski. Qayta imzolash uchun yana qidiring.",
    future: "Imzo kelajakdagi vaqt bilan belgilangan. Kompyuter soatini tekshiring.",
    organizationNotActive: "Bu tashkilot akkreditatsiyaga ega emas yoki faoliyati toʻxtatilgan.",
    notStaff:
      "Bu hisob ushbu tashkilot xodimi emas (administrator, diplom beruvchi yoki bekor qiluvchi), shuning uchun uning diplomlari koʻrsatilmaydi.",
    chain: "Tarmoqqa hozir ulanib boʻlmaydi. Birozdan soʻng urinib koʻring.",
    index: "Diplom yozuvlarini hozir oʻqib boʻlmaydi. Birozdan soʻng urinib koʻring.",
    deployment: "Ilovada Ishonch shartnomalari joylashtirilmagan.",
  },
};

const byLocale: Record<Locale, SearchMessages> = { uz, ru, en };

export function diplomaSearchMessagesFor(locale: Locale): SearchMessages {
  return byLocale[locale];
}
export type { SearchMessages as DiplomaSearchMessages };
