// Docket's version, as package.json gives it: one place for `docket --version` and the SARIF log's tool.
import packageJson from '../../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
