import type { Messages } from "./types.ts";

export const uz: Messages = {
  siteName: "Ishonch",
  tagline: "Davlat xizmatlari: har bir javobni blokcheynda oʻzingiz tekshira olasiz",
  skipToContent: "Asosiy mazmunga oʻtish",
  languageNav: "Til",
  footer:
    "Roʻyxatlar indeksdan olinadi; tashkilotning maqomi esa uning sahifasida bevosita blokcheyndan oʻqiladi.",
  home: {
    title: "Ochiq davlat xizmatlari",
    intro:
      "Bu yerda akkreditatsiyadan oʻtgan tashkilotlarni topishingiz va ularning maqomini operatorga ishonmasdan, blokcheyn orqali tekshirishingiz mumkin.",
    directoryLink: "Tashkilotlar reyestri",
    directoryText: "Vazirliklar, idoralar, universitetlar, maktablar va bogʻchalar roʻyxati.",
  },
  directory: {
    title: "Akkreditatsiyalangan tashkilotlar",
    intro:
      "Roʻyxat indeksdan olinadi. Tashkilot nomini bosing: uning yozuvi blokcheyndan oʻqiladi va tekshiriladi.",
    searchLegend: "Qidiruv",
    textLabel: "Nomi",
    typeLabel: "Turi",
    regionLabel: "Hudud",
    statusLabel: "Holati",
    any: "Hammasi",
    submit: "Qidirish",
    reset: "Tozalash",
    caption: "Tashkilotlar",
    columns: { id: "№", name: "Nomi", type: "Turi", region: "Hudud", status: "Holati" },
    showing: (from, to, total) => `Jami ${total} ta tashkilot, ${from}–${to} koʻrsatilmoqda`,
    empty: "Hech narsa topilmadi. Qidiruv shartlarini oʻzgartirib koʻring.",
    pagination: "Sahifalar",
    previous: "← Oldingi",
    next: "Keyingi →",
    pageOf: (page, pages) => `${page}-sahifa (jami ${pages})`,
    indexHead: (block) => `Indeks ${block}-blokkacha yangilangan.`,
    indexUnavailable:
      "Qidiruv indeksi hozir ishlamayapti, shuning uchun roʻyxatni koʻrsatib boʻlmaydi. Birozdan soʻng qayta urinib koʻring.",
  },
  organization: {
    title: (id) => `Tashkilot № ${id}`,
    chainHeading: "Blokcheyndagi yozuv",
    verifiedAt: (block) => `${block}-blokda blokcheynda tekshirildi`,
    contract: "Reyestr shartnomasi manzili",
    chainId: "Tarmoq identifikatori",
    howToCheck: (id) =>
      `Oʻzingiz tekshiring: istalgan tugun orqali shu manzildagi shartnomaning getOrganization(${id}) funksiyasini chaqiring.`,
    fields: {
      id: "Raqami",
      name: "Nomi",
      orgType: "Turi",
      region: "Hudud",
      status: "Holati",
      parentId: "Yuqori tashkilot",
      registeredAt: "Roʻyxatga olingan vaqti",
    },
    noParent: "Yoʻq",
    indexHeading: "Indeks maʼlumotlari",
    fromIndex: "Indeksdan olingan: qulaylik uchun, blokcheyndagi yozuv oʻrnini bosmaydi.",
    registrationTx: "Roʻyxatga olish tranzaksiyasi",
    registrationBlock: "Blok",
    staffCount: "Xodimlarga berilgan rollar",
    notIndexed: "Indeks bu tashkilotni hali qayd etmagan.",
    indexUnavailable: "Indeks hozir ishlamayapti; blokcheyndagi yozuv yuqorida.",
    mismatchTitle: "Indeks blokcheyn bilan mos kelmaydi",
    mismatchText:
      "Quyidagi maʼlumotlar farq qiladi. Toʻgʻrisi blokcheyndagi yozuv; indeks eskirgan yoki xato.",
    chainValue: "Blokcheynda",
    indexValue: "Indeksda",
    indexBehind: (indexBlock, chainBlock) =>
      `Indeks ${indexBlock}-blokda, blokcheyn esa ${chainBlock}-blokda: indeks hali yangilanmagan boʻlishi mumkin.`,
    chainUnavailableTitle: "Blokcheyn bilan aloqa yoʻq",
    chainUnavailable:
      "Blokcheyn tuguniga ulanib boʻlmadi, shuning uchun bu tashkilotni hozir tekshirib boʻlmaydi. Birozdan soʻng qayta urinib koʻring.",
    unverifiedIndexData: "Indeksdagi maʼlumot (blokcheynda tekshirilmagan):",
    back: "← Tashkilotlar roʻyxatiga qaytish",
  },
  notFound: {
    title: "Tashkilot topilmadi",
    text: (id) =>
      `“${id}” raqamli tashkilot blokcheynda roʻyxatdan oʻtmagan. Havolani tekshiring yoki roʻyxatdan qidiring.`,
    listedByIndex: "Indeks uni koʻrsatmoqda, lekin blokcheynda bunday yozuv yoʻq: indeks xato.",
  },
  failure: {
    title: "Xatolik yuz berdi",
  },
};
