import packageJson from '../../package.json' with { type: 'json' };

/** The version of this package; the bundler inlines it, so it is right from both src and dist. */
export const version: string = packageJson.version;
