import type { Executor } from "./executor";
import { SERVER_COMPONENTS } from "./cypher/server-info.cypher";

export interface DatabaseInfo {
  readonly name: string;
  readonly version: string;
  readonly edition: string;
}

export class ServerInfoRepository {
  constructor(private readonly executor: Executor) {}

  async databaseInfo(): Promise<DatabaseInfo> {
    const rows = await this.executor.read(SERVER_COMPONENTS);
    const row = rows[0] ?? {};
    return { name: String(row.name), version: String(row.version), edition: String(row.edition) };
  }
}
