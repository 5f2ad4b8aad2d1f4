// Deliberately wrong: what TypeScript refuses. The api-design page's tests feed this file to tsc.
export class Connection {
  async constructor() {} // TS1089

  async get stats() { // TS1042
    return 3;
  }
}
