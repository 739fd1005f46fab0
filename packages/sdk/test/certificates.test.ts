import { describe, expect, it } from "vitest";
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { Wallet } from "ethers";
import {
  CertificateFormatError,
  DiplomaTree,
  checkDiplomaFields,
  decryptDocument,
  diplomaCertificateHash,
  diplomaCsvTemplate,
  diplomaQrUrl,
  disclosedDiplomaFields,
  editableDiplomaFields,
  encryptDocument,
  hideDiplomaField,
  numberKeyOf,
  parseDiplomaCsv,
  parseDiplomaDocument,
  parseDiplomaQr,
  planDiplomaBatch,
  prepareDiploma,
  prepareDiplomas,
  serializeDiplomaDocument,
  verifyDiplomaProof,
  type Address,
  type DiplomaDocument,
  type DiplomaFields,
  type RawDiplomaFields,
} from "../src/index.ts";

const TODAY = "2026-01-15";
const anchorTarget = { chainId: 31337, contract: Wallet.createRandom().address as Address };

// Synthetic graduates only.
function fields(index: number, overrides: Partial<DiplomaFields> = {}): DiplomaFields {
  return {
    holderNameLatin: `Sinov Talaba ${"ABCDEFGHIJ"[index % 10]}`,
    holderNameCyrillic: "",
    dateOfBirth: "2001-04-12",
    studentId: `T-${index}`,
    faculty: "Fizika",
    programme: "Amaliy fizika",
    degreeLevel: "Bachelor",
    grade: "4.2",
    graduationDate: "2024-06-30",
    series: "ZZ",
    number: String(9000000 + index),
    ...overrides,
  };
}

function issuedClass(size: number): DiplomaDocument[] {
  const diplomas = Array.from({ length: size }, (_, i) => prepareDiploma(7, fields(i)));
  return planDiplomaBatch(anchorTarget, diplomas).documents;
}

function inBatch(document: DiplomaDocument): boolean {
  return verifyDiplomaProof(
    document.orgId,
    diplomaCertificateHash(document),
    document.anchor.proof,
    document.anchor.root,
  );
}

describe("diploma document", () => {
  it("salts every field with its own 32 bytes, so equal diplomas hash differently", () => {
    const a = prepareDiploma(7, fields(1));
    const b = prepareDiploma(7, fields(1));
    const salts = Object.values(a.fields).map((field) => field.salt);
    expect(new Set(salts).size).toBe(11);
    expect(salts.every((salt) => /^0x[0-9a-f]{64}$/.test(salt))).toBe(true);
    expect(a.contentHash).not.toBe(b.contentHash);
    expect(a.numberKey).toBe(b.numberKey);
  });

  it("verifies an issued document and refuses one with a letter of the name changed", () => {
    const [document] = issuedClass(5);
    expect(inBatch(document!)).toBe(true);
    const name = document!.fields.holderNameLatin as { value: string; salt: string };
    const forged: DiplomaDocument = {
      ...document!,
      fields: {
        ...document!.fields,
        holderNameLatin: { ...name, value: name.value.replace("Sinov", "Sinow") },
      },
    };
    expect(inBatch(forged)).toBe(false);
  });

  it("still verifies with the GPA hidden, and no longer shows it", () => {
    const [document] = issuedClass(3);
    const withoutGrade = hideDiplomaField(document!, "grade");
    expect(inBatch(withoutGrade)).toBe(true);
    expect(disclosedDiplomaFields(withoutGrade).grade).toBeUndefined();
    expect(disclosedDiplomaFields(withoutGrade).holderNameLatin).toBe("Sinov Talaba A");
    expect(serializeDiplomaDocument(withoutGrade)).not.toContain('"4.2"');
    expect(() => hideDiplomaField(document!, "number")).toThrow(CertificateFormatError);
  });

  it("reads its own file back, and says why a file is not a diploma", () => {
    const [document] = issuedClass(2);
    const text = serializeDiplomaDocument(document!);
    expect(parseDiplomaDocument(text)).toEqual(document);
    expect(parseDiplomaDocument(`\uFEFF${text}`)).toEqual(document);
    const codeOf = (input: unknown): string => {
      try {
        parseDiplomaDocument(input);
        return "parsed";
      } catch (error) {
        return (error as CertificateFormatError).code;
      }
    };
    expect(codeOf(text.slice(0, text.length / 2))).toBe("TruncatedDocument");
    expect(codeOf("hello")).toBe("NotIshonchDocument");
    expect(codeOf({ format: "opencerts" })).toBe("NotIshonchDocument");
    expect(codeOf({ ...document, version: 2 })).toBe("UnsupportedDocumentVersion");
    expect(codeOf({ ...document, anchor: { ...document!.anchor, proof: ["0x12"] } })).toBe(
      "MalformedDocument",
    );
  });

  it("keys a number the same however it is typed", () => {
    expect(numberKeyOf(" ab ", "№ 123-45")).toBe(numberKeyOf("AB", "12345"));
    // Cyrillic А and В typed for the Latin series letters.
    expect(numberKeyOf("\u0410\u0412", "12345")).toBe(numberKeyOf("AB", "12345"));
    expect(numberKeyOf("AB", "12345")).not.toBe(numberKeyOf("AC", "12345"));
  });
});

describe("Merkle batch", () => {
  it("builds the same root and proofs as OpenZeppelin's StandardMerkleTree", () => {
    for (const size of [1, 2, 3, 10, 33]) {
      const hashes = Array.from({ length: size }, () => Wallet.createRandom().privateKey);
      const ours = new DiplomaTree(42, hashes);
      const theirs = StandardMerkleTree.of(
        hashes.map((hash) => [42, hash]),
        ["uint32", "bytes32"],
      );
      expect(ours.root).toBe(theirs.root);
      hashes.forEach((hash, i) => {
        expect(ours.proof(hash)).toEqual(theirs.getProof(i));
      });
    }
  });

  it("does not accept a proof for another organization", () => {
    const hashes = [Wallet.createRandom().privateKey, Wallet.createRandom().privateKey];
    const tree = new DiplomaTree(1, hashes);
    expect(verifyDiplomaProof(1, hashes[0]!, tree.proof(hashes[0]!), tree.root)).toBe(true);
    expect(verifyDiplomaProof(2, hashes[0]!, tree.proof(hashes[0]!), tree.root)).toBe(false);
  });
});

describe("QR code and encrypted copy", () => {
  it("round-trips a document through the store with the key from the QR link only", async () => {
    const [document] = issuedClass(1);
    const sealed = await encryptDocument(document!);
    expect(sealed.ciphertext).not.toContain("Sinov");
    const url = diplomaQrUrl("https://verify.example.uz/", sealed.id, sealed.key);
    expect(url).toBe(`https://verify.example.uz/verify#${sealed.id}.${sealed.key}`);
    const { id, key } = parseDiplomaQr(url);
    expect(await decryptDocument(sealed.ciphertext, key, id)).toEqual(document);
  });

  it("refuses a wrong key, a copy served under another id, and unrelated codes", async () => {
    const [first, second] = issuedClass(2);
    const a = await encryptDocument(first!);
    const b = await encryptDocument(second!);
    await expect(decryptDocument(a.ciphertext, b.key, a.id)).rejects.toThrow(
      "UndecryptableDocument",
    );
    await expect(decryptDocument(a.ciphertext, a.key, b.id)).rejects.toThrow(
      "UndecryptableDocument",
    );
    for (const text of [
      "https://example.com/",
      "WIFI:S:home;T:WPA;P:secret;;",
      `https://x.uz/verify#${a.id}`,
      `https://x.uz/pay#${a.id}.${a.key}`,
    ]) {
      expect(() => parseDiplomaQr(text)).toThrow("NotIshonchCode");
    }
  });
});

describe("class CSV", () => {
  const header =
    "full_name_latin;full_name_cyrillic;date_of_birth;student_id;faculty;programme;degree_level;grade;graduation_date;series;number";

  it("reads its own template: BOM, semicolons, dates, a decimal comma, oʻ and gʻ", () => {
    const result = parseDiplomaCsv(`\uFEFF${diplomaCsvTemplate()}`, TODAY);
    expect(result.fileError).toBeNull();
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]!.fields).toMatchObject({
      holderNameLatin: "Gʻayrat Oʻktamov",
      dateOfBirth: "2002-03-05",
      grade: "4.5",
      degreeLevel: "Bachelor",
    });
  });

  it("reads commas with quoted cells, and writes look-alike apostrophes as oʻ, gʻ and ʼ", () => {
    const text = [
      header.replaceAll(";", ","),
      `G'ulom O\u2018rinov,,1.2.2000,S-1,"Iqtisod, moliya",Moliya,bakalavr,"3,75",1.7.2023,ab,100`,
      `Ma'ruf Sobirov,Маъруф Собиров,29.02.2000,S-2,Tarix,Tarix,Magistr,88,30.06.2023,AB,101`,
    ].join("\r\n");
    const result = parseDiplomaCsv(text, TODAY);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => row.fields.holderNameLatin)).toEqual([
      "Gʻulom Oʻrinov",
      "Maʼruf Sobirov",
    ]);
    expect(result.rows[0]!.fields).toMatchObject({
      faculty: "Iqtisod, moliya",
      grade: "3.75",
      series: "AB",
      degreeLevel: "Bachelor",
    });
    expect(result.rows[1]!.fields.degreeLevel).toBe("Master");
  });

  it("reports every bad row with its line and reason, and duplicates with the first row", () => {
    const text = [
      header,
      "Ali Valiyev;;31.02.2001;S-1;F;P;Bachelor;4,1;30.06.2024;AB;1",
      "Vali Aliyev;;01.01.2001;S-2;F;P;Wizard;4,1;30.06.2024;AB;2",
      "Sora Karimova;;01.01.2001;S-2;F;P;Bachelor;4,1;30.06.2024;AB;3",
      "Olim Nazarov;;01.01.2001;S-4;F;P;Bachelor;abc;30.06.2024;AB;2",
      "",
      "Too;few;cells",
      "Kelajak Bola;;01.01.2030;S-5;F;P;Bachelor;4;30.06.2024;AB;5",
      "Oʻktam 2;;01.01.2001;S-6;F;P;Bachelor;4;30.06.2024;AB;6",
      ";;01.01.2001;S-7;F;P;Bachelor;4;30.06.2024;AB;7",
    ].join("\n");
    const result = parseDiplomaCsv(text, TODAY);
    const found = result.errors.map((e) => [e.rowNumber, e.column, e.code, e.args]);
    expect(found).toEqual([
      [2, "date_of_birth", "InvalidDate", { value: "31.02.2001" }],
      [3, "degree_level", "InvalidDegreeLevel", { value: "Wizard" }],
      [4, "student_id", "DuplicateStudentId", { firstRow: 3 }],
      [5, "grade", "InvalidGrade", { value: "abc" }],
      [5, "number", "DuplicateDiplomaNumber", { firstRow: 3 }],
      [7, null, "WrongColumnCount", { expected: 11, actual: 3 }],
      [8, "date_of_birth", "DateInFuture", {}],
      [9, "full_name_latin", "InvalidName", {}],
      [10, "full_name_latin", "MissingValue", {}],
    ]);
    expect(result.rows).toEqual([]);
  });

  it("flags a diploma number used twice", () => {
    const text = [
      header,
      "Ali Valiyev;;01.01.2001;S-1;F;P;Bachelor;4;30.06.2024;AB;10",
      "Vali Aliyev;;01.01.2001;S-2;F;P;Bachelor;4;30.06.2024;ab;0010".replace("0010", "10"),
    ].join("\n");
    expect(parseDiplomaCsv(text, TODAY).errors).toEqual([
      { rowNumber: 3, column: "number", code: "DuplicateDiplomaNumber", args: { firstRow: 2 } },
    ]);
  });

  it("says so for an empty file, a header only, and missing columns", () => {
    expect(parseDiplomaCsv("", TODAY).fileError?.code).toBe("EmptyFile");
    expect(parseDiplomaCsv("\uFEFF\n\n", TODAY).fileError?.code).toBe("EmptyFile");
    expect(parseDiplomaCsv(`${header}\n`, TODAY).fileError?.code).toBe("EmptyFile");
    expect(parseDiplomaCsv("name;number\nA;1\n", TODAY).fileError).toEqual({
      code: "MissingColumns",
      args: {
        columns:
          "full_name_latin, date_of_birth, student_id, faculty, programme, degree_level, grade, graduation_date, series",
      },
    });
  });

  // Speed is measured by the benchmarks; this checks that a big file is read whole and that
  // preparing a class yields to the page (a timer fires before the class is done).
  it("reads 20,000 rows and prepares a class without blocking", async () => {
    const lines = [header];
    for (let i = 0; i < 20_000; i++) {
      lines.push(`Talaba Sinov;;01.01.2001;S-${i};F;P;Bachelor;4,${i % 10};30.06.2024;AB;${i}`);
    }
    const result = parseDiplomaCsv(lines.join("\n"), TODAY);
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(20_000);

    // Preparing yields to the event loop: a timer set now fires long before the class is done.
    const progress: number[] = [];
    let timerFiredAt = -1;
    setTimeout(() => (timerFiredAt = progress.length), 0);
    const prepared = await prepareDiplomas(
      3,
      result.rows.slice(0, 2_000).map((row) => row.fields),
      (done) => progress.push(done),
    );
    expect(prepared).toHaveLength(2_000);
    expect(progress.at(-1)).toBe(2_000);
    expect(timerFiredAt).toBeGreaterThanOrEqual(0);
    expect(timerFiredAt).toBeLessThan(3);
  }, 120_000);
});

describe("single-diploma form", () => {
  it("lists every problem of a form by field", () => {
    const raw: RawDiplomaFields = {
      holderNameLatin: "",
      holderNameCyrillic: "Ivan Latin",
      dateOfBirth: "2001-13-01",
      studentId: "S",
      faculty: "F",
      programme: "P",
      degreeLevel: "Master",
      grade: "101",
      graduationDate: "30.06.2024",
      series: "A1",
      number: "x",
    };
    const { fields, errors } = checkDiplomaFields(raw, TODAY);
    expect(fields).toBeNull();
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ["holderNameLatin", "MissingValue"],
      ["holderNameCyrillic", "InvalidName"],
      ["dateOfBirth", "InvalidDate"],
      ["grade", "InvalidGrade"],
      ["series", "InvalidSeries"],
      ["number", "InvalidNumber"],
    ]);
  });

  it("refills the form from an earlier document, asking again for a hidden field", () => {
    const [earlier] = issuedClass(1);
    const editable = editableDiplomaFields(earlier!);
    expect(editable.dateOfBirth).toBe("12.04.2001");
    expect(checkDiplomaFields(editable, TODAY).fields).toEqual(fields(0));

    const withoutGrade = editableDiplomaFields(hideDiplomaField(earlier!, "grade"));
    expect(withoutGrade.grade).toBe("");
    expect(checkDiplomaFields(withoutGrade, TODAY).errors).toEqual([
      { field: "grade", code: "MissingValue", args: {} },
    ]);
  });
});
