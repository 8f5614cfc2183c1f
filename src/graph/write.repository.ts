import { DatabaseError } from "../model/errors";
import type { Executor } from "./executor";
import { WriteTransaction } from "./write-transaction";

export type {
  CitedRelationshipWrite,
  EntityUpsert,
  QuoteCheck,
  QuoteVerdict,
  WriteCheckRequest,
  WriteChecks,
} from "./batch-writes";
export type { CitationWrite, RelationshipTarget, WriteTransaction } from "./write-transaction";

/** Neo4j's answer when a node this transaction matched was deleted by one that committed first. */
const DELETED_MEANWHILE = "Neo.ClientError.Statement.EntityNotFound";
const ATTEMPTS = 3;

export class WriteRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * Runs `work` as one write transaction: its checks and writes commit together, and an error it throws
   * (a refusal found inside) rolls everything back. When an entity it matched is deleted under it, the
   * work runs again in a new transaction, whose checks then find the entity gone.
   */
  async transaction<T>(name: string, work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.executor.writeTransaction(name, (run) => work(new WriteTransaction(run)));
      } catch (error) {
        const deletedMeanwhile = error instanceof DatabaseError && error.neo4jCode === DELETED_MEANWHILE;
        if (!deletedMeanwhile || attempt >= ATTEMPTS) throw error;
      }
    }
  }
}
