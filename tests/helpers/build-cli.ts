// Vitest global set-up: builds the command line into dist-cli/ before the tests, so the tests that run
// bin/docket.js as a user does run the source as it is now.
import { buildCli } from '../../scripts/build-cli';

export default async function setup(): Promise<void> {
  await buildCli();
}
