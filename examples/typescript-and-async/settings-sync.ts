// A module with no top-level await: require(esm) can load it (see require-esm.ts).
export const settings = { region: 'eu' };
