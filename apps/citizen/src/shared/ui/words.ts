/** Words of every citizen page: the site's name, the skip link, the language switch, the footer, the error pages. */
import type { WordTree } from "@ishonch/i18n";

export const siteWords = {
  siteName: { uz: "Ishonch", ru: "Ishonch", en: "Ishonch" },
  tagline: {
    uz: "Davlat xizmatlari: har bir javobni blokcheynda oʻzingiz tekshira olasiz",
    ru: "Государственные услуги: любой ответ можно самостоятельно проверить в блокчейне",
    en: "Public services: check any answer on the blockchain yourself",
  },
  skipToContent: {
    uz: "Asosiy mazmunga oʻtish",
    ru: "Перейти к основному содержанию",
    en: "Skip to main content",
  },
  languageNav: { uz: "Til", ru: "Язык", en: "Language" },
  footer: {
    uz: "Roʻyxatlar indeksdan olinadi; tashkilotning maqomi esa uning sahifasida bevosita blokcheyndan oʻqiladi.",
    ru: "Списки берутся из индекса; статус организации на её странице читается непосредственно из блокчейна.",
    en: "Lists come from the index; an organization's status on its own page is read directly from the blockchain.",
  },
  notFoundPage: {
    title: { uz: "Sahifa topilmadi", ru: "Страница не найдена", en: "Page not found" },
    home: { uz: "Bosh sahifaga qaytish", ru: "Вернуться на главную", en: "Back to the home page" },
  },
  errorPage: {
    title: { uz: "Xatolik yuz berdi", ru: "Произошла ошибка", en: "Something went wrong" },
    text: {
      uz: "Birozdan soʻng qayta urinib koʻring.",
      ru: "Попробуйте ещё раз чуть позже.",
      en: "Please try again shortly.",
    },
    home: { uz: "Bosh sahifa", ru: "На главную", en: "Home page" },
  },
} satisfies WordTree;
