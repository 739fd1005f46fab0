import { describe, expect, it } from "vitest";
import { limitMessage, waitText } from "../src/index.ts";

describe("limit refusals", () => {
  it("say how long to wait, in each language's own grammar", () => {
    expect(waitText("en", 30)).toBe("1 minute");
    expect(waitText("en", 125)).toBe("3 minutes");
    expect(waitText("ru", 60)).toBe("1 минуту");
    expect(waitText("ru", 21 * 60)).toBe("21 минуту");
    expect(waitText("ru", 5 * 60)).toBe("5 минут");
    expect(waitText("uz", 3599)).toBe("60 daqiqa");
    expect(waitText("uz", 22 * 3600 - 10)).toBe("22 soat");
  });

  it("name what was refused and the wait, never a code", () => {
    const refusal = { limit: "queueApplication", retryAfterSeconds: 7_200 } as const;
    expect(limitMessage("uz", refusal)).toContain("2 soatdan keyin");
    expect(limitMessage("ru", refusal)).toContain("через 2 часа");
    expect(limitMessage("en", refusal)).toBe(
      "Too many applications have been sent from this connection today. Try again in 2 hours, or apply at the district preschool office.",
    );
  });
});
