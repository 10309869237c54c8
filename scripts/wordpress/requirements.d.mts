/** The root of Debian's WordPress. */
export const WORDPRESS_ROOT: string;
/** The files and commands a local WordPress needs, with the Debian package that has each. */
export const wordPressRequirements: { path?: string; command?: string; pkg: string }[];
/** Whether the file exists or the command is on PATH (or in /usr/sbin, /sbin). */
export function isAvailable(requirement: { path?: string; command?: string }): boolean;
