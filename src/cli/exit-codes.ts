/** What the `dpg` exit status means. */
export const exitCodes = {
  ok: 0,
  /** An unexpected failure. */
  failure: 1,
  /** The command line was wrong. */
  usage: 2,
  /** The command ran but some input could not be used (an import with failed files). */
  partial: 3,
  /** Nothing matched, or the named thing does not exist. */
  notFound: 4,
  /** A source on the network could not be reached. */
  unreachable: 5,
} as const;
