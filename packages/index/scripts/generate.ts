// The index's Prisma clients, one per provider (see @ishonch/database's generate.ts).
import { fileURLToPath } from "node:url";
import { generatePrismaClients } from "@ishonch/database/generate";

generatePrismaClients(fileURLToPath(new URL("..", import.meta.url)));
