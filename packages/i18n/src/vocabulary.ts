import type {
  OrganizationStatusName,
  OrganizationTypeName,
  RegionName,
  StaffRoleName,
} from "@ishonch/sdk";
import type { Locale, Words } from "./locales.ts";

// Uzbek uses the modifier letters ʻ (oʻ, gʻ) and ʼ (the glottal stop), as in official texts.

const organizationTypes: Record<OrganizationTypeName, Words> = {
  Ministry: { uz: "Vazirlik", ru: "Министерство", en: "Ministry" },
  Agency: { uz: "Agentlik", ru: "Агентство", en: "Agency" },
  University: { uz: "Oliy taʼlim muassasasi", ru: "Вуз", en: "University" },
  School: { uz: "Maktab", ru: "Школа", en: "School" },
  Kindergarten: { uz: "Bogʻcha", ru: "Детский сад", en: "Kindergarten" },
  DistrictEducationDepartment: {
    uz: "Tuman taʼlim boʻlimi",
    ru: "Районный отдел образования",
    en: "District education department",
  },
};

const regions: Record<RegionName, Words> = {
  Andijan: { uz: "Andijon viloyati", ru: "Андижанская область", en: "Andijan Region" },
  Bukhara: { uz: "Buxoro viloyati", ru: "Бухарская область", en: "Bukhara Region" },
  Fergana: { uz: "Fargʻona viloyati", ru: "Ферганская область", en: "Fergana Region" },
  Jizzakh: { uz: "Jizzax viloyati", ru: "Джизакская область", en: "Jizzakh Region" },
  Namangan: { uz: "Namangan viloyati", ru: "Наманганская область", en: "Namangan Region" },
  Navoiy: { uz: "Navoiy viloyati", ru: "Навоийская область", en: "Navoiy Region" },
  Kashkadarya: {
    uz: "Qashqadaryo viloyati",
    ru: "Кашкадарьинская область",
    en: "Kashkadarya Region",
  },
  Karakalpakstan: {
    uz: "Qoraqalpogʻiston Respublikasi",
    ru: "Республика Каракалпакстан",
    en: "Republic of Karakalpakstan",
  },
  Samarkand: { uz: "Samarqand viloyati", ru: "Самаркандская область", en: "Samarkand Region" },
  Sirdaryo: { uz: "Sirdaryo viloyati", ru: "Сырдарьинская область", en: "Sirdaryo Region" },
  Surkhandarya: {
    uz: "Surxondaryo viloyati",
    ru: "Сурхандарьинская область",
    en: "Surkhandarya Region",
  },
  TashkentCity: { uz: "Toshkent shahri", ru: "город Ташкент", en: "Tashkent City" },
  TashkentRegion: { uz: "Toshkent viloyati", ru: "Ташкентская область", en: "Tashkent Region" },
  Khorezm: { uz: "Xorazm viloyati", ru: "Хорезмская область", en: "Khorezm Region" },
};

const organizationStatuses: Record<OrganizationStatusName, Words> = {
  None: { uz: "Roʻyxatda yoʻq", ru: "Не зарегистрирована", en: "Not registered" },
  Active: { uz: "Faol", ru: "Действует", en: "Active" },
  Suspended: { uz: "Faoliyati toʻxtatilgan", ru: "Приостановлена", en: "Suspended" },
};

const staffRoles: Record<StaffRoleName, Words> = {
  OrganizationAdmin: {
    uz: "Tashkilot administratori",
    ru: "Администратор организации",
    en: "Organization admin",
  },
  DiplomaIssuer: { uz: "Diplom beruvchi", ru: "Выдача дипломов", en: "Diploma issuer" },
  DiplomaRevoker: {
    uz: "Diplomni bekor qiluvchi",
    ru: "Отзыв дипломов",
    en: "Diploma revoker",
  },
  QueueOfficer: { uz: "Navbat masʼuli", ru: "Ответственный за очередь", en: "Queue officer" },
  AppealsOfficer: {
    uz: "Murojaatlar masʼuli",
    ru: "Ответственный за обращения",
    en: "Appeals officer",
  },
};

const vocabularies = {
  OrganizationType: organizationTypes,
  Region: regions,
  OrganizationStatus: organizationStatuses,
  StaffRole: staffRoles,
};

export type Vocabulary = keyof typeof vocabularies;
type NameOf<V extends Vocabulary> = keyof (typeof vocabularies)[V];

/** The word for an enum value of the contracts, e.g. label("ru", "OrganizationType", "School"). */
export function label<V extends Vocabulary>(
  locale: Locale,
  vocabulary: V,
  name: NameOf<V>,
): string {
  const words = (vocabularies[vocabulary] as Record<PropertyKey, Words>)[name];
  return words ? words[locale] : String(name);
}
