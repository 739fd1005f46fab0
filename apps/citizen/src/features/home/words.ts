/** The home page's words; each service's link and its line come from the service's words. */
import type { WordTree } from "@ishonch/i18n";

export const homeWords = {
  title: {
    uz: "Ochiq davlat xizmatlari",
    ru: "Открытые государственные услуги",
    en: "Open public services",
  },
  intro: {
    uz: "Bu yerda akkreditatsiyadan oʻtgan tashkilotlarni topishingiz va ularning maqomini operatorga ishonmasdan, blokcheyn orqali tekshirishingiz mumkin.",
    ru: "Здесь можно найти аккредитованные организации и проверить их статус по блокчейну, не полагаясь на оператора.",
    en: "Find accredited organizations here and check their status on the blockchain, without having to trust the operator.",
  },
} satisfies WordTree;
