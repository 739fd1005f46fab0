import type { QueueAgeGroupRow } from "@ishonch/index";
import { getQueueCounters, type IshonchContracts, type QueueCounters } from "@ishonch/sdk";
import type { OrganizationChoice } from "../../../shared/ui/OrganizationOptions";
import { latestBlockNumber } from "./chain";

/** A kindergarten with the counters of each age group it has (or had) seats in. */
export interface KindergartenSeats {
  kindergarten: OrganizationChoice;
  queues: QueueCounters[];
}

export interface DistrictSeats {
  blockNumber: number;
  kindergartens: KindergartenSeats[];
}

/**
 * Seats of every kindergarten of a district, per age group (the active groups, as the
 * index lists them), read from the chain at one block. Groups never given seats and never
 * queued in are left out.
 */
export async function districtSeats(
  contracts: IshonchContracts,
  kindergartens: readonly OrganizationChoice[],
  ageGroups: readonly QueueAgeGroupRow[],
): Promise<DistrictSeats> {
  const blockNumber = await latestBlockNumber(contracts);
  const rows = await Promise.all(
    kindergartens.map(async (kindergarten): Promise<KindergartenSeats> => {
      const queues = await Promise.all(
        ageGroups.map((group) =>
          getQueueCounters(contracts, kindergarten.id, group.id, blockNumber),
        ),
      );
      return {
        kindergarten,
        queues: queues.filter((queue) => queue.capacity > 0 || queue.lastSeq > 0),
      };
    }),
  );
  return { blockNumber, kindergartens: rows };
}
