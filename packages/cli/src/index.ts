export {
  type BuildIssue,
  type BuildOptions,
  type BuildResult,
  buildBundle,
  type Manifest,
  type ManifestInput,
} from './buildBundle';
export { createProgram, type ProgramIO } from './createProgram';
export { type InspectOptions, type InspectReport, inspectInputs } from './inspectInputs';
export { runCli } from './runCli';
export { type BundleServer, type ServeOptions, serveBundle } from './serveBundle';
