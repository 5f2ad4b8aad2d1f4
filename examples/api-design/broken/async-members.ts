// Deliberately wrong: an async constructor and an async getter, both refused by TypeScript.
export class Connection {
  async constructor() {} // TS1089

  async get stats() { // TS1042
    return 3;
  }
}
