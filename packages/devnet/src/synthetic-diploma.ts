import type { DiplomaFields } from "@ishonch/sdk";

/**
 * A diploma's fields for tests that issue their own: a synthetic graduate ("Sinov" means
 * "test"), so that no real person's data is ever written, and the series and number given.
 */
export function syntheticDiplomaFields(series: string, number: string): DiplomaFields {
  return {
    holderNameLatin: "Sinov Talaba",
    holderNameCyrillic: "",
    dateOfBirth: "2001-02-03",
    studentId: `${series}-${number}`,
    faculty: "Sinov fakulteti",
    programme: "Amaliy matematika",
    degreeLevel: "Bachelor",
    grade: "4.5",
    graduationDate: "2024-06-28",
    series,
    number,
  };
}
