/** The register of organizations and one organization's page, verified on the chain. Types, regions and statuses come from @ishonch/i18n. */
import type { WordTree } from "@ishonch/i18n";

export const organizationWords = {
  homeLink: {
    uz: "Tashkilotlar reyestri",
    ru: "Реестр организаций",
    en: "Register of organizations",
  },
  homeText: {
    uz: "Vazirliklar, idoralar, universitetlar, maktablar va bogʻchalar roʻyxati.",
    ru: "Министерства, ведомства, университеты, школы и детские сады.",
    en: "Ministries, agencies, universities, schools and kindergartens.",
  },
  directory: {
    title: {
      uz: "Akkreditatsiyalangan tashkilotlar",
      ru: "Аккредитованные организации",
      en: "Accredited organizations",
    },
    intro: {
      uz: "Roʻyxat indeksdan olinadi. Tashkilot nomini bosing: uning yozuvi blokcheyndan oʻqiladi va tekshiriladi.",
      ru: "Список берётся из индекса. Нажмите на название организации: её запись будет прочитана и проверена в блокчейне.",
      en: "This list comes from the index. Open an organization to have its record read and checked on the blockchain.",
    },
    searchLegend: { uz: "Qidiruv", ru: "Поиск", en: "Search" },
    textLabel: { uz: "Nomi", ru: "Название", en: "Name" },
    typeLabel: { uz: "Turi", ru: "Тип", en: "Type" },
    regionLabel: { uz: "Hudud", ru: "Регион", en: "Region" },
    statusLabel: { uz: "Holati", ru: "Статус", en: "Status" },
    any: { uz: "Hammasi", ru: "Все", en: "All" },
    submit: { uz: "Qidirish", ru: "Найти", en: "Search" },
    reset: { uz: "Tozalash", ru: "Сбросить", en: "Clear" },
    caption: { uz: "Tashkilotlar", ru: "Организации", en: "Organizations" },
    columns: {
      id: { uz: "№", ru: "№", en: "No." },
      name: { uz: "Nomi", ru: "Название", en: "Name" },
      type: { uz: "Turi", ru: "Тип", en: "Type" },
      region: { uz: "Hudud", ru: "Регион", en: "Region" },
      status: { uz: "Holati", ru: "Статус", en: "Status" },
    },
    showing: {
      uz: "Jami {total} ta tashkilot, {from}–{to} koʻrsatilmoqda",
      ru: "Показаны {from}–{to} из {total}",
      en: "Showing {from}–{to} of {total}",
    },
    empty: {
      uz: "Hech narsa topilmadi. Qidiruv shartlarini oʻzgartirib koʻring.",
      ru: "Ничего не найдено. Попробуйте изменить условия поиска.",
      en: "Nothing found. Try changing the search.",
    },
    pagination: { uz: "Sahifalar", ru: "Страницы", en: "Pages" },
    previous: { uz: "← Oldingi", ru: "← Назад", en: "← Previous" },
    next: { uz: "Keyingi →", ru: "Вперёд →", en: "Next →" },
    pageOf: {
      uz: "{page}-sahifa (jami {pages})",
      ru: "Страница {page} из {pages}",
      en: "Page {page} of {pages}",
    },
    indexHead: {
      uz: "Indeks {block}-blokkacha yangilangan.",
      ru: "Индекс обновлён до блока {block}.",
      en: "Index up to date as of block {block}.",
    },
    indexUnavailable: {
      uz: "Qidiruv indeksi hozir ishlamayapti, shuning uchun roʻyxatni koʻrsatib boʻlmaydi. Birozdan soʻng qayta urinib koʻring.",
      ru: "Поисковый индекс сейчас недоступен, поэтому список показать нельзя. Попробуйте ещё раз чуть позже.",
      en: "The search index is unavailable right now, so the list cannot be shown. Please try again shortly.",
    },
  },
  organization: {
    title: { uz: "Tashkilot № {id}", ru: "Организация № {id}", en: "Organization No. {id}" },
    chainHeading: {
      uz: "Blokcheyndagi yozuv",
      ru: "Запись в блокчейне",
      en: "Record on the blockchain",
    },
    verifiedAt: {
      uz: "{block}-blokda blokcheynda tekshirildi",
      ru: "Проверено в блокчейне на блоке {block}",
      en: "Verified on the chain at block {block}",
    },
    contract: {
      uz: "Reyestr shartnomasi manzili",
      ru: "Адрес контракта реестра",
      en: "Registry contract address",
    },
    chainId: { uz: "Tarmoq identifikatori", ru: "Идентификатор сети", en: "Network id" },
    howToCheck: {
      uz: "Oʻzingiz tekshiring: istalgan tugun orqali shu manzildagi shartnomaning getOrganization({id}) funksiyasini chaqiring.",
      ru: "Проверьте сами: вызовите функцию getOrganization({id}) контракта по этому адресу через любой узел.",
      en: "Check it yourself: call getOrganization({id}) on the contract at this address through any node.",
    },
    fields: {
      id: { uz: "Raqami", ru: "Номер", en: "Number" },
      name: { uz: "Nomi", ru: "Название", en: "Name" },
      orgType: { uz: "Turi", ru: "Тип", en: "Type" },
      region: { uz: "Hudud", ru: "Регион", en: "Region" },
      status: { uz: "Holati", ru: "Статус", en: "Status" },
      parentId: {
        uz: "Yuqori tashkilot",
        ru: "Вышестоящая организация",
        en: "Parent organization",
      },
      registeredAt: { uz: "Roʻyxatga olingan vaqti", ru: "Дата регистрации", en: "Registered" },
    },
    noParent: { uz: "Yoʻq", ru: "Нет", en: "None" },
    indexHeading: { uz: "Indeks maʼlumotlari", ru: "Данные индекса", en: "From the index" },
    fromIndex: {
      uz: "Indeksdan olingan: qulaylik uchun, blokcheyndagi yozuv oʻrnini bosmaydi.",
      ru: "Из индекса: для удобства, не заменяет запись в блокчейне.",
      en: "From the index: for convenience, not a substitute for the record on the blockchain.",
    },
    registrationTx: {
      uz: "Roʻyxatga olish tranzaksiyasi",
      ru: "Транзакция регистрации",
      en: "Registration transaction",
    },
    registrationBlock: { uz: "Blok", ru: "Блок", en: "Block" },
    staffCount: {
      uz: "Xodimlarga berilgan rollar",
      ru: "Выдано ролей сотрудникам",
      en: "Staff roles held",
    },
    notIndexed: {
      uz: "Indeks bu tashkilotni hali qayd etmagan.",
      ru: "Индекс ещё не учёл эту организацию.",
      en: "The index has not recorded this organization yet.",
    },
    indexUnavailable: {
      uz: "Indeks hozir ishlamayapti; blokcheyndagi yozuv yuqorida.",
      ru: "Индекс сейчас недоступен; запись из блокчейна показана выше.",
      en: "The index is unavailable right now; the record on the blockchain is above.",
    },
    mismatchTitle: {
      uz: "Indeks blokcheyn bilan mos kelmaydi",
      ru: "Индекс расходится с блокчейном",
      en: "The index disagrees with the blockchain",
    },
    mismatchText: {
      uz: "Quyidagi maʼlumotlar farq qiladi. Toʻgʻrisi blokcheyndagi yozuv; indeks eskirgan yoki xato.",
      ru: "Следующие данные различаются. Верна запись в блокчейне; индекс устарел или ошибается.",
      en: "The following differ. The record on the blockchain is authoritative; the index is behind or wrong.",
    },
    chainValue: { uz: "Blokcheynda", ru: "В блокчейне", en: "On the blockchain" },
    indexValue: { uz: "Indeksda", ru: "В индексе", en: "In the index" },
    indexBehind: {
      uz: "Indeks {indexBlock}-blokda, blokcheyn esa {chainBlock}-blokda: indeks hali yangilanmagan boʻlishi mumkin.",
      ru: "Индекс на блоке {indexBlock}, блокчейн — на блоке {chainBlock}: возможно, индекс ещё не обновился.",
      en: "The index is at block {indexBlock}, the chain at block {chainBlock}: the index may not have caught up yet.",
    },
    chainUnavailableTitle: {
      uz: "Blokcheyn bilan aloqa yoʻq",
      ru: "Нет связи с блокчейном",
      en: "The blockchain is unreachable",
    },
    chainUnavailable: {
      uz: "Blokcheyn tuguniga ulanib boʻlmadi, shuning uchun bu tashkilotni hozir tekshirib boʻlmaydi. Birozdan soʻng qayta urinib koʻring.",
      ru: "Не удалось подключиться к узлу блокчейна, поэтому проверить эту организацию сейчас нельзя. Попробуйте ещё раз чуть позже.",
      en: "Could not connect to a blockchain node, so this organization cannot be checked right now. Please try again shortly.",
    },
    unverifiedIndexData: {
      uz: "Indeksdagi maʼlumot (blokcheynda tekshirilmagan):",
      ru: "Данные индекса (не проверены в блокчейне):",
      en: "What the index says (not verified on the blockchain):",
    },
    back: {
      uz: "← Tashkilotlar roʻyxatiga qaytish",
      ru: "← К списку организаций",
      en: "← Back to the list of organizations",
    },
  },
  notFound: {
    title: {
      uz: "Tashkilot topilmadi",
      ru: "Организация не найдена",
      en: "Organization not found",
    },
    text: {
      uz: "“{id}” raqamli tashkilot blokcheynda roʻyxatdan oʻtmagan. Havolani tekshiring yoki roʻyxatdan qidiring.",
      ru: "Организация с номером «{id}» в блокчейне не зарегистрирована. Проверьте ссылку или воспользуйтесь поиском.",
      en: "No organization with number “{id}” is registered on the blockchain. Check the link or search the list.",
    },
    listedByIndex: {
      uz: "Indeks uni koʻrsatmoqda, lekin blokcheynda bunday yozuv yoʻq: indeks xato.",
      ru: "Индекс её показывает, но в блокчейне такой записи нет: индекс ошибается.",
      en: "The index lists it, but the blockchain has no such record: the index is wrong.",
    },
  },
  failure: {
    title: { uz: "Xatolik yuz berdi", ru: "Произошла ошибка", en: "Something went wrong" },
  },
} satisfies WordTree;
