import type { DatabaseInfo, ServerInfoRepository } from "../graph/server-info.repository";

export interface ServerInfo {
  readonly apiVersion: string;
  readonly database: DatabaseInfo;
}

export class ServerInfoService {
  constructor(
    private readonly repository: ServerInfoRepository,
    private readonly apiVersion: string,
  ) {}

  async serverInfo(): Promise<ServerInfo> {
    return { apiVersion: this.apiVersion, database: await this.repository.databaseInfo() };
  }
}
