"use client";

import { useId, useState, type FormEvent } from "react";
import { format } from "@ishonch/i18n";
import { releaseSeats, setGroupCapacity, type OfferMade } from "@ishonch/sdk";
import type { Messages } from "../../messages";
import type { OrganizationChoice } from "../workspace/context";
import { useWorkspace } from "../workspace/context";
import { useIshonchWrite } from "../workspace/use-write";
import { WriteStatus } from "../workspace/WriteStatus";
import { parseGroupForm, MAX_GROUP_SEATS, type GroupInput, type QueueFieldProblem } from "./forms";
import { ageGroupLabel, tierLabel, type AgeGroupOption } from "./labels";

type Purpose = "capacity" | "release";
type Problems = Partial<Record<keyof GroupInput, QueueFieldProblem>>;

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
  const { messages } = useWorkspace();
  const m = messages.queue;
  const words = purpose === "capacity" ? m.capacityForm : m.releaseForm;
  const id = useId();
  const [problems, setProblems] = useState<Problems>({});
  const write = useIshonchWrite();
  const testId = purpose === "capacity" ? "queue-capacity" : "queue-release";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = parseGroupForm(
      {
        kindergarten: String(data.get("kindergarten") ?? ""),
        ageGroup: String(data.get("ageGroup") ?? ""),
        seats: String(data.get("seats") ?? ""),
      },
      purpose,
    );
    if (!parsed.ok) {
      setProblems(parsed.problems);
      write.reset();
      return;
    }
    setProblems({});
    const { kindergarten, ageGroup, seats } = parsed.value;
    await write.run(async (contracts) => {
      const result =
        purpose === "capacity"
          ? await setGroupCapacity(contracts, kindergarten, ageGroup, seats)
          : await releaseSeats(contracts, kindergarten, ageGroup, seats);
      return {
        describe: (text: Messages) =>
          purpose === "capacity" ? (
            format(text.queue.capacityForm.done, { kindergarten, ageGroup, capacity: seats })
          ) : (
            <ReleasedOffers
              text={text}
              summary={format(text.queue.releaseForm.done, { kindergarten, ageGroup, seats })}
              offers={result.offers}
            />
          ),
        transactionHash: result.transactionHash,
        blockNumber: result.blockNumber,
      };
    });
  }

  const field = (name: keyof GroupInput) => ({
    id: `${id}-${name}`,
    name,
    "aria-invalid": problems[name] ? true : undefined,
    "aria-describedby": problems[name] ? `${id}-${name}-error` : undefined,
  });

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{words.heading}</h2>
      <form onSubmit={submit} noValidate data-testid={`${testId}-form`}>
        <div className="field">
          <label htmlFor={`${id}-kindergarten`}>{m.capacityForm.kindergarten}</label>
          <select defaultValue="" {...field("kindergarten")}>
            <option value="">{messages.form.choose}</option>
            {kindergartens.map((kindergarten) => (
              <option key={kindergarten.id} value={kindergarten.id}>
                {`${kindergarten.id} · ${kindergarten.name}`}
              </option>
            ))}
          </select>
          <QueueFieldError id={`${id}-kindergarten-error`} problem={problems.kindergarten} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-ageGroup`}>{m.capacityForm.ageGroup}</label>
          <select defaultValue="" {...field("ageGroup")}>
            <option value="">{messages.form.choose}</option>
            {ageGroups.map((group) => (
              <option key={group.id} value={group.id}>
                {ageGroupLabel(m, group)}
              </option>
            ))}
          </select>
          <QueueFieldError id={`${id}-ageGroup-error`} problem={problems.ageGroup} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-seats`}>
            {purpose === "capacity" ? m.capacityForm.capacity : m.releaseForm.seats}
          </label>
          <input type="text" inputMode="numeric" autoComplete="off" {...field("seats")} />
          <p className="hint">
            {purpose === "capacity"
              ? format(m.capacityForm.capacityHint, { max: MAX_GROUP_SEATS })
              : m.releaseForm.seatsHint}
          </p>
          <QueueFieldError id={`${id}-seats-error`} problem={problems.seats} />
        </div>
        <div className="actions">
          <button type="submit" disabled={write.busy}>
            {words.submit}
          </button>
        </div>
      </form>
      <WriteStatus state={write.state} testId={testId} />
    </section>
  );
}

/** What a release did: the summary and each offer, so the officer sees who got a seat. */
function ReleasedOffers(props: { text: Messages; summary: string; offers: OfferMade[] }) {
  const m = props.text.queue;
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

/** The words for one field's problem, linked to the field by `id`. */
export function QueueFieldError({ id, problem }: { id: string; problem?: QueueFieldProblem }) {
  const { messages } = useWorkspace();
  if (!problem) return null;
  return (
    <p className="field-error" id={id}>
      {format(messages.queue.validation[problem.key], problem.values ?? {})}
    </p>
  );
}
