"use client";

import { format } from "@ishonch/i18n";
import { releaseSeats, setGroupCapacity, type OfferMade } from "@ishonch/sdk";
import { ChooseOption, InputField, SelectField } from "../../shared/ui/fields";
import { useWords } from "../../shared/ui/locale";
import type { OrganizationChoice } from "../../shared/ui/OrganizationOptions";
import { useWriteForm, WriteForm } from "../../shared/wallet/WriteForm";
import { parseGroupForm, MAX_GROUP_SEATS, type GroupInput, type QueueFieldProblem } from "./forms";
import { ageGroupLabel, tierLabel, type AgeGroupOption } from "./labels";
import { useQueueProblemText } from "./problem-text";
import { queueWords } from "./words";
import { writeOutcome } from "../../shared/wallet/use-write";

type Purpose = "capacity" | "release";
type Problems = Record<keyof GroupInput, QueueFieldProblem>;

interface Props {
  purpose: Purpose;
  kindergartens: OrganizationChoice[];
  ageGroups: AgeGroupOption[];
}

/**
 * Sets a group's capacity, or declares free seats in it; a release lists the offers the
 * contract made at once (first waiting children, in order).
 */
export function GroupSeatsForm({ purpose, kindergartens, ageGroups }: Props) {
  const m = useWords(queueWords);
  const words = purpose === "capacity" ? m.capacityForm : m.releaseForm;
  const form = useWriteForm<Problems>(useQueueProblemText());

  async function submit(data: FormData) {
    const value = form.accept(
      parseGroupForm(
        {
          kindergarten: String(data.get("kindergarten") ?? ""),
          ageGroup: String(data.get("ageGroup") ?? ""),
          seats: String(data.get("seats") ?? ""),
        },
        purpose,
      ),
    );
    if (!value) return;
    const { kindergarten, ageGroup, seats } = value;
    await form.write.run(async (contracts) => {
      const result =
        purpose === "capacity"
          ? await setGroupCapacity(contracts, kindergarten, ageGroup, seats)
          : await releaseSeats(contracts, kindergarten, ageGroup, seats);
      return writeOutcome(result, () =>
        purpose === "capacity" ? (
          format(m.capacityForm.done, { kindergarten, ageGroup, capacity: seats })
        ) : (
          <ReleasedOffers
            summary={format(m.releaseForm.done, { kindergarten, ageGroup, seats })}
            offers={result.offers}
          />
        ),
      );
    });
  }

  return (
    <WriteForm
      testId={purpose === "capacity" ? "queue-capacity" : "queue-release"}
      heading={words.heading}
      form={form}
      onSubmit={submit}
      submit={words.submit}
    >
      <SelectField
        {...form.field("kindergarten")}
        label={m.capacityForm.kindergarten}
        defaultValue=""
      >
        <ChooseOption />
        {kindergartens.map((kindergarten) => (
          <option key={kindergarten.id} value={kindergarten.id}>
            {`${kindergarten.id} · ${kindergarten.name}`}
          </option>
        ))}
      </SelectField>
      <SelectField {...form.field("ageGroup")} label={m.capacityForm.ageGroup} defaultValue="">
        <ChooseOption />
        {ageGroups.map((group) => (
          <option key={group.id} value={group.id}>
            {ageGroupLabel(m, group)}
          </option>
        ))}
      </SelectField>
      <InputField
        {...form.field("seats")}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        label={purpose === "capacity" ? m.capacityForm.capacity : m.releaseForm.seats}
        hint={
          purpose === "capacity"
            ? format(m.capacityForm.capacityHint, { max: MAX_GROUP_SEATS })
            : m.releaseForm.seatsHint
        }
      />
    </WriteForm>
  );
}

/** What a release did: the summary and each offer, so the officer sees who got a seat. */
function ReleasedOffers(props: { summary: string; offers: OfferMade[] }) {
  const m = useWords(queueWords);
  return (
    <>
      {props.summary}
      {props.offers.length === 0 ? (
        <span className="note"> {m.releaseForm.noOffers}</span>
      ) : (
        <span className="offers-made">
          {` ${m.releaseForm.offers}: `}
          {props.offers.map((offer, index) => (
            <span key={offer.offerId} data-testid="released-offer">
              {index > 0 ? "; " : ""}
              {`${m.offers.offer} ${offer.offerId} → ${m.offers.application} ${offer.application} (${tierLabel(m, offer.tier)}, #${offer.seq})`}
            </span>
          ))}
        </span>
      )}
    </>
  );
}
